"""A book a part is seen reading, or one part's storyline is drawn from, is no source of the
film, on invented articles: its author gets no author credit; a film based on a book keeps it."""

from __future__ import annotations

from tests.extract.helpers import facts

LEDE = "Quillon Bay, the feature film, is shooting in Kent."


def _authors(text: str) -> set[str]:
    return {c.name for c in facts(LEDE, text).crew if c.served and c.role.name == "AUTHOR"}


def test_a_book_a_part_is_reading_is_a_prop() -> None:
    assert not _authors(
        "Tobie Ward’s Brisewen is reading Orchard Tide, Idris Kell’s 2020 novel — a nice touch."
    )


def test_a_parts_storyline_drawn_from_a_book_is_no_source_of_the_film() -> None:
    assert not _authors(
        "Brisewen’s storyline, drawn from Idris Kell’s novel Orchard Tide, goes on."
    )


def test_a_film_based_on_a_book_keeps_its_author() -> None:
    assert _authors("Quillon Bay is based on Idris Kell’s novel Orchard Tide.") == {"Idris Kell"}
