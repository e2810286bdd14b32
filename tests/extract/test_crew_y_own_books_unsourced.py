"""A book stressed as its author's own ("X's own novel") in a sentence that tells nothing made
from it is a prop or a nod, no author credit; told as the source ("based on X's own novel"), or
named without "own", it still credits its author (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Every clue in the Marrowgate teaser"
_LEDE = "We paused the Marrowgate teaser on every frame."


def _authors(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, "Marrowgate is written by Greta Vance.", title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "author"}


def test_an_own_book_told_as_a_prop_is_no_credit() -> None:
    for sentence in (
        "Tomas leafs through a paperback of Saltings. Greta Vance’s own novel, a wink for readers.",
        "One of the books on his desk is Greta Vance’s own novel.",
    ):
        assert "Greta Vance" not in _authors(sentence), sentence


def test_a_source_or_a_plain_possessive_still_credits() -> None:
    for sentence in (
        "The drama is adapted from Greta Vance’s own novel.",
        "Greta Vance’s novels sold two million copies.",
    ):
        assert "Greta Vance" in _authors(sentence), sentence
