"""A past date written out after "last" or "this past" and its weekday is read by its verb."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_shoot_that_finished_last_friday_with_its_date_written_out() -> None:
    found = release_kinds(
        "The Copper Bay film finished filming last Friday, September 26, and the cast are "
        "still posting about it.",
        date="2031-10-03",
    )
    assert ("filming_wrapped", "2031-09-26", False) in found


def test_a_shoot_that_ended_this_past_week_day_with_a_british_date() -> None:
    found = release_kinds(
        "Copper Bay finished filming this past Tuesday, 30 September, in Whitby.",
        date="2031-10-03",
    )
    assert ("filming_wrapped", "2031-09-30", False) in found


def test_a_release_next_week_with_its_date_written_out_is_still_read() -> None:
    found = release_kinds(
        "Copper Bay opens in cinemas next Friday, 10 October, Northgate said.",
        date="2031-10-03",
    )
    assert ("premiere_date", "2031-10-10", False) in found


def test_a_release_this_coming_weekday_with_its_date_is_still_read() -> None:
    found = release_kinds(
        "Copper Bay is released on Netflix this Friday, 28 February. Thanks for following.",
        date="2031-02-25",
    )
    assert ("premiere_date", "2031-02-28", False) in found
