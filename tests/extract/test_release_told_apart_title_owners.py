"""A reveal clause tells a known title as the owner of what was revealed only by a possessive
("the title of Cinder Pike’s closing film"), never by the quote mark that closes the title."""

from __future__ import annotations

from bot.extract.release_told_apart_titles import _owner


def test_a_possessive_or_of_tells_the_owner() -> None:
    assert _owner("Cinder Pike", "the title of Cinder Pike’s closing film")
    assert _owner("Cinder Pike", "the name of the last episode of Cinder Pike")
    assert _owner("The Hollins", "the title of The Hollins’ third film")


def test_a_closing_quote_mark_is_no_possessive() -> None:
    assert not _owner("Cinder Pike", "revealed the title: ‘Cinder Pike’ on Monday")
    assert not _owner("Cinder Pike", "revealed the title: 'Cinder Pike' at the panel")
