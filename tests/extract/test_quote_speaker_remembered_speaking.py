"""Words someone remembers another saying ("Vale recalled Reed telling the cast, ‘...’") are
never the rememberer's: the one remembered speaks, or (unsure) no one is named."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Filming has begun on Saltwick, a new drama starring Ines Corr and Bram Tolley."


def _served(*paragraphs: str) -> dict[str, str]:
    found = facts(_LEDE, *paragraphs)
    return {q.text[:12]: q.speaker for q in found.quotes if q.served}


def test_words_remembered_after_a_colon_are_the_one_remembered() -> None:
    found = _served('Corr remembers Tolley saying to her at the read-through: "Keep it small."')
    assert found.get("Keep it smal") == "Bram Tolley"


def test_words_remembered_after_a_comma_are_never_the_rememberer() -> None:
    found = _served(
        'Tolley recalled Corr telling the young cast on her first day, "Nobody here bites." '
        'Tolley added: "She lied."'
    )
    assert found.get("Nobody here ", "") in {"", "Ines Corr"}
    assert found["She lied."] == "Bram Tolley"


def test_remembering_telling_others_oneself_stays_the_rememberer() -> None:
    found = _served('Tolley recalled telling the crew on the first morning, "Nobody here bites."')
    assert found["Nobody here "] == "Bram Tolley"
