"""Quotes on invented text: a "she said" followed back through a sentence whose subject is "he"
("He was right. She was also asked ...") never lands on whoever that "he" stands for: the
other pronoun is someone else, so the chain stops there."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Orla Brennick talks sitcoms on this week's Tea Break podcast."
_FIRST = (
    "Orla Brennick created Tidy Street, directed by Cai Lewis-Moran. "
    "“I rewrote the pilot twice,” she says."
)
_TITLE = "Orla Brennick: “I wrote it in a launderette”"


def _speaker(tail: str) -> str:
    found = facts(
        _LEDE,
        _FIRST,
        "Lewis-Moran read the first draft and told her to start again. He was right. " + tail,
        date="2026-02-10",
        title=_TITLE,
    )
    return dict(served_quotes(found)).get("Tomas does h", "")


def test_a_she_is_never_the_he_of_the_sentence_before() -> None:
    for tail in (
        "She was also asked about the cast. “Tomas does his own stunts,” she said.",
        "Asked about the cast, she smiled. “Tomas does his own stunts,” she said.",
    ):
        assert _speaker(tail) in {"Orla Brennick", ""}, tail


def test_a_he_after_he_still_follows_him() -> None:
    tail = "He was also asked about the cast. “Tomas does his own stunts,” he said."
    assert _speaker(tail) == "Cai Lewis-Moran"
