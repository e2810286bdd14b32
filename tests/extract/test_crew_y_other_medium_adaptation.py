"""A book under a title the article does not know, told as the source of an adaptation in another
medium ("the radio adaptation of X's novel T"), names no author of ours; the same owner's book with
no other medium before it still does (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowmere: first look at the new film"
_LEDE = "The Harrowmere film opens in cinemas in May."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_another_mediums_adaptation_of_an_unknown_book() -> None:
    found = _credits(
        "Its lead, Odran Pike, voiced the hero in the radio adaptation of Mirela Stanhope's"
        " novel Gullsong last year."
    )
    assert ("author", "Mirela Stanhope") not in found


def test_the_owners_books_as_our_source() -> None:
    found = _credits("The film is adapted from Mirela Stanhope's graphic novels.")
    assert ("author", "Mirela Stanhope") in found
