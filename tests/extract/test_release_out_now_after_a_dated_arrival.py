""" "Out now" says the film is available, not that it came out on the article's day: when the
article gives an earlier day for the arrival, that day is the premiere date."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: six things we learned from the finale"


def test_an_earlier_arrival_day_dates_the_release_not_out_now() -> None:
    found = release_kinds(
        "Copper Bay is out now on Prime Video, and its last act hides a few twists.",
        "Spoilers ahead for Copper Bay, which landed on Prime Video on Wednesday.",
        date="2026-03-07",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-03-04", False) in found
    assert ("premiere_date", "2026-03-07", False) not in found


def test_out_now_alone_still_dates_the_release_to_the_article() -> None:
    found = release_kinds(
        "Copper Bay is out now on Prime Video, and its last act hides a few twists.",
        "The finale runs to seventy minutes.",
        date="2026-03-07",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-03-07", False) in found
