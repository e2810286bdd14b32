"""A quoted book with its author's possessive and year ("a copy of “Salt Year”, Ada Vale’s 2019
novel") is a book in hand, not our work's source, even on a page that tells of an adaptation;
the same words after "adapted from" keep the author (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "On set: Larkhollow comes to the Fens"
_LEDE = (
    "Larkhollow, the Netflix film adapted from the graphic novels, is filming in the Fens with"
    " Mina Farrow directing."
)


def _authors(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role == "author"}


def test_a_book_in_hand_is_no_credit() -> None:
    for sentence in (
        "On the table lies a library copy of “Tin Harbour”, Greta Vance’s 2016 novel.",
        "She is reading ‘Copper Sound’, Greta Vance's 2012 debut novel, between takes.",
    ):
        assert "Greta Vance" not in _authors(sentence), sentence


def test_the_source_adapted_from_keeps_the_author() -> None:
    sentence = "The film is adapted from “Tin Harbour”, Greta Vance’s 2016 novel."
    assert "Greta Vance" in _authors(sentence)
