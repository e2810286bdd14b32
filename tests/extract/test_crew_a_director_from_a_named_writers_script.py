"""An active "X directed from Y's script" credits X as director as "from the script" does; a
"directed from" that names no script ("directed from a wheelchair") credits no one (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow holds the top spot"
_LEDE = "Larkhollow, the Netflix film, is top of the chart for a second week."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_directed_from_a_named_writers_script_credits_the_director() -> None:
    for sentence in (
        "Mara Quell directed from Ilse Marrow’s script.",
        "Mara Quell directed from Marrow's screenplay, shooting in Kent.",
    ):
        assert ("Mara Quell", "director") in _crew(sentence), sentence


def test_directed_from_no_script_is_no_credit() -> None:
    sentence = "Mara Quell directed from Ilse Marrow’s garden while the shoot went on."
    assert ("Mara Quell", "director") not in _crew(sentence)
