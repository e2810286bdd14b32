"""A weekday named in a report dated that weekday, and a release named as a noun after a verb
told in the past, on invented text: "available from Thursday" in Thursday's wire copy is that
day, not a week on; "went to the top of the chart after its release on Friday" in Monday's
report is the Friday just gone. A weekday named in a report dated another day still counts
ahead."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Marrow Lane stars say goodbye as the final film arrives"


def test_the_weekday_of_the_report_itself_is_that_day() -> None:
    kinds = release_kinds(
        "Oona Reddick spoke ahead of the release of Marrow Lane, which is available on the "
        "streamer from Thursday.",
        date="2026-06-11",  # a Thursday
        title=_TITLE,
    )
    assert ("premiere_date", "2026-06-11", False) in kinds
    assert ("premiere_date", "2026-06-18", False) not in kinds


def test_a_weekday_in_a_report_dated_another_day_still_counts_ahead() -> None:
    kinds = release_kinds(
        "Marrow Lane is available on the streamer from Thursday.",
        date="2026-06-08",  # a Monday
        title=_TITLE,
    )
    assert ("premiere_date", "2026-06-11", False) in kinds


def test_a_release_noun_after_a_past_verb_is_the_day_gone() -> None:
    kinds = release_kinds(
        "The drama, written by Tobin Ashe, climbed to number one on the chart after its release "
        "on Friday.",
        date="2026-06-15",  # a Monday
        title=_TITLE,
    )
    assert ("premiere_date", "2026-06-12", False) in kinds
    assert ("premiere_date", "2026-06-19", False) not in kinds


def test_a_release_noun_in_a_clause_to_come_still_counts_ahead() -> None:
    kinds = release_kinds(
        "Tickets for the cast screening will go on sale after its release on Friday.",
        date="2026-06-15",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-06-12", False) not in kinds
