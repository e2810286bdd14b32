"""A newsletter's item on another show's further run: its dates are that show's."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts

_TITLE = "The Reel: Saltmarrow’s last dance, Tin Lane’s return and the weekend watchlist"


def _release(second: str, third: str) -> list[tuple[str, dt.date | str | None]]:
    found = facts(
        "Here’s what you need to know this week.",
        "1. Saltmarrow says goodbye",
        "Streamly dropped the trailer for Saltmarrow on Wednesday. The film lands on April 17.",
        second,
        third,
        "3. Sky renews Copper Sound again",
        "Ada Vale will be back in a third series. Sky says filming begins in the spring.",
        date="2027-02-06",
        title=_TITLE,
    )
    return [(r.kind.value, r.date or r.window) for r in found.release if r.served]


def test_other_shows_season_and_renewal_items_date_nothing_of_ours() -> None:
    assert _release(
        "2. Tin Lane’s second half has a date",
        "Streamly confirmed the second part of Tin Lane season four drops on February 26.",
    ) == [("premiere_date", dt.date(2027, 4, 17))]


def test_an_item_on_another_shows_half_dates_nothing_of_ours_without_a_season() -> None:
    # Review 118-R B5: the heading tells Tin Lane's own news, as it does for cast.
    assert _release(
        "2. Tin Lane’s second half has a date",
        "Streamly confirmed the second part of Tin Lane drops on February 26.",
    ) == [("premiere_date", dt.date(2027, 4, 17))]
