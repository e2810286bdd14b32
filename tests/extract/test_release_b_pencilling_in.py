"""A broadcaster "pencilling in" a broadcast for a time has not set it: the window is served
hedged, as "pencilled in for" already is. A plain "will air in" stays unhedged. Invented text."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Odile Brannagh to lead Channel 5's Gorse Hollow"


def test_pencilling_in_a_broadcast_hedges_the_window() -> None:
    dates = release_dates(
        "Filming starts in Hull in May, with Channel 5 pencilling in a broadcast in 2028.",
        title=_TITLE,
        date="2027-02-03",
    )
    assert ("window", "2028", True) in dates
    assert ("window", "2028", False) not in dates


def test_a_broadcaster_that_pencils_in_a_year_hedges_it() -> None:
    dates = release_dates(
        "Channel 5 pencils in Gorse Hollow for 2028.", title=_TITLE, date="2027-02-03"
    )
    assert ("window", "2028", False) not in dates


def test_a_plain_broadcast_year_stays_unhedged() -> None:
    dates = release_dates(
        "Gorse Hollow will air on Channel 5 in 2028.", title=_TITLE, date="2027-02-03"
    )
    assert ("window", "2028", False) in dates
