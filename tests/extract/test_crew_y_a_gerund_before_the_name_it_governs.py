"""A capitalised gerund opening a sentence before a name ("Having Tam directing", "Letting
Holloway direct") is none of the name: the credit goes to the person the article names in full,
never to a "Having Tam" (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowgate film wraps in Leeds"
_LEDE = "The Harrowgate film, directed by Tam Holloway, wrapped in Leeds on Friday."


def _crew(sentence: str) -> set[str]:
    found = facts(_LEDE, "Ivo Fenn joined the cast in June.", sentence, title=_TITLE)
    return {c.name for c in found.crew if c.served}


def test_the_gerund_is_no_first_name() -> None:
    for sentence in (
        "FENN: Having Tam directing made it feel like a film from the first day.",
        "Having Tam directing made the night shoots easy.",
        "Getting Holloway to direct was a coup, Fenn said.",
    ):
        found = _crew(sentence)
        assert found == {"Tam Holloway"}, sentence


def test_a_name_opening_the_sentence_keeps_its_first_word() -> None:
    found = _crew("Tamsin Orr is directing the second unit in Whitby.")
    assert "Tamsin Orr" in found
