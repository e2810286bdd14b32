"""A role noun inside a magazine's or a guild's name ("Interview | Editor Monthly | 3 June") is
no credit for the word after it; a surname after a role noun still is (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Shooting Larkhollow"
_LEDE = "Larkhollow, the Netflix drama, is out in June."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_body_names_last_word_is_no_person() -> None:
    for sentence in (
        "Interview | Cinematographer Quarterly | 3 June 2026",
        "She spoke at a lunch held by the Director Guild in Leeds.",
    ):
        crew = _crew(sentence)
        assert "Quarterly" not in crew, sentence
        assert "Guild" not in crew, sentence


def test_a_person_after_the_role_word_keeps_the_credit() -> None:
    sentence = "Cinematographer Ilse Marrow shot Larkhollow on film."
    assert "Ilse Marrow" in _crew(sentence)
