"""A writer credited "and adapted from" some volumes of their own books (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Copper Lantern adds three to its cast"
_LEDE = "Three newcomers join Copper Lantern."


def test_later_volumes_of_her_books() -> None:
    found = facts(
        _LEDE,
        "The film, written by series creator Anna Berg and adapted from the later volumes of "
        "her graphic novels, picks up after the third season.",
        title=_TITLE,
    )
    assert ("author", "Anna Berg") in credits(found)


def test_last_two_books_of_his_own_novels() -> None:
    found = facts(
        _LEDE,
        "The sequel, written by Piet Olde and adapted from the last two books of his own "
        "novels, opens in May.",
        title=_TITLE,
    )
    assert ("author", "Piet Olde") in credits(found)


def test_another_writers_books_are_not_the_writers() -> None:
    found = facts(
        _LEDE,
        "The film, written by Anna Berg and adapted from the final volume of Ruth Caddel's "
        "novels, opens in May.",
        title=_TITLE,
    )
    assert ("author", "Anna Berg") not in credits(found)
