"""A passive writing credit with "series creator" before the name, then an apposition naming the
source books: "Written by series creator X, author of the bestselling T graphic novels" credits X
as writer, creator and author (invented articles and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Netflix has announced Marrowfield: Last Light, the film that ends the drama."
_TITLE = "Marrowfield film announced"


def test_series_creator_then_author_of_the_titled_books() -> None:
    found = served_crew(
        _LEDE,
        "Written by series creator Pia Lundqvist-Hale, author of the bestselling Marrowfield "
        "graphic novels, and directed by Oren Tadesse, the film follows Rosa.",
        title=_TITLE,
    )
    assert {
        ("writer", "Pia Lundqvist-Hale"),
        ("author", "Pia Lundqvist-Hale"),
        ("director", "Oren Tadesse"),
    } <= found


def test_show_creator_then_author_of_the_novels() -> None:
    found = served_crew(
        _LEDE,
        "Adapted by show creator Pia Lundqvist-Hale, author of the Marrowfield novels, the film "
        "is directed by Oren Tadesse.",
        title=_TITLE,
    )
    assert ("author", "Pia Lundqvist-Hale") in found
