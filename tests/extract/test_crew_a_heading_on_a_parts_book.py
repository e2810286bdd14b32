"""A list item's heading on a part's book ("Tam's book") credits no author; a book of ours
named by its author in a sentence still does (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _authors(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, title="Seven things spotted in the Fernhill trailer")
    return {c.name for c in found.crew if c.served and str(c.role) == "author"}


def test_a_heading_on_a_characters_book() -> None:
    authors = _authors(
        "The Fernhill trailer is out.",
        "4. Tam's book",
        "Kitty Fensome as Tam is reading a novel titled “Lean Hours”.",
    )
    assert "Tam" not in authors


def test_a_heading_on_a_characters_novels() -> None:
    authors = _authors("The Fernhill trailer is out.", "Ollie's novels:", "He reads all summer.")
    assert "Ollie" not in authors


def test_the_authors_book_in_a_sentence_stays() -> None:
    authors = _authors(
        "The Fernhill trailer is out.",
        "The film is adapted from Clemency Varlow's novel Fernhill.",
    )
    assert "Clemency Varlow" in authors
