"""A denial that a colon closes before the makers' confirmed date ("That isn't happening: the
studio has confirmed the film will stream from Friday 17 April") denies the rumour before it,
not the date after; a denial of the date itself ("It isn't coming out on 17 April: that date was
fake") still holds it."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Fans were convinced Brindlecombe would get a cinema release before it streams."
_TITLE = "The internet reacts to the Brindlecombe trailer"


def test_a_denial_closed_by_a_colon_keeps_the_confirmed_date() -> None:
    kinds = release_kinds(
        _LEDE,
        "That isn’t happening: Lumen has confirmed the film will stream from Friday 17 April,"
        " and there are no plans for a cinema run.",
        date="2026-02-11",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-04-17", False) in kinds


def test_a_denial_of_the_date_itself_holds_it() -> None:
    kinds = release_kinds(
        _LEDE,
        "It isn’t coming out on 17 April: that date came from a fake poster.",
        date="2026-02-11",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-04-17", False) not in kinds
