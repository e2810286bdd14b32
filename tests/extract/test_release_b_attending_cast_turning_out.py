"""A cast "turning out" at a premiere attends it: the "out" is no release ("out on Friday").
The offset after the premiere night counts to a release in "UK and Irish cinemas" as to one in
"cinemas": the day it names is the release's, never a day after it. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Brass Lantern premiere: the best posts"


def test_a_cast_turning_out_on_a_night_is_no_release_that_day() -> None:
    assert (
        served_days(
            "The cast of Brass Lantern were turning out at the Odeon Carrow on Tuesday night"
            " for the film’s London premiere.",
            title=_TITLE,
            date="2026-11-11",
        )
        == set()
    )


def test_an_offset_to_an_opening_in_two_countries_cinemas_serves_no_other_day() -> None:
    assert served_days(
        "The cast of Brass Lantern turned out at the Odeon Carrow on Tuesday night for the"
        " film’s London premiere, three days before it opens in UK and Irish cinemas on Friday"
        " 13 November.",
        title=_TITLE,
        date="2026-11-11",
    ) <= {("premiere_date", "2026-11-13")}
