"""A rental or disc release after a film's cinema opening is not its premiere."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "‘Copper Bay’ leads the Harbour Awards nominations"


def test_a_rental_after_the_cinema_opening_is_no_premiere() -> None:
    found = release_kinds(
        "Copper Bay leads the Harbour Awards nominations.",
        "“Copper Bay” opened in UK cinemas on 3 October 2030 and has built an audience.",
        "The winners are named on 2 March. “Copper Bay” is available to rent on digital "
        "platforms from 20 January.",
        date="2031-01-10",
        title=_TITLE,
    )
    assert ("premiere_date", "2030-10-03", False) in found
    assert ("premiere_date", "2031-01-20", False) not in found


def test_a_disc_release_after_the_opening_is_no_premiere() -> None:
    found = release_kinds(
        "Copper Bay leads the Harbour Awards nominations.",
        "The drama was released in cinemas on 3 October 2030.",
        "It comes out on DVD and Blu-ray on 16 February 2031.",
        date="2031-01-10",
        title=_TITLE,
    )
    assert ("premiere_date", "2031-02-16", False) not in found
