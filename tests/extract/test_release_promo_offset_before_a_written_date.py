"""A trailer's or poster's day counted to a release that has its own written date: the written
date is the release's, the offset only the gap to it; with no written date the offset counts."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Tin Coracle: what we know"


def test_a_trailer_weeks_before_a_dated_arrival_keeps_the_written_date() -> None:
    found = served_days(
        "The studio released the first trailer for Tin Coracle this morning, five weeks before "
        "the film arrives on the platform on 20 June.",
        title=_TITLE,
        date="2026-05-13",
    )
    assert ("premiere_date", "2026-06-20") in found
    assert ("premiere_date", "2026-06-17") not in found


def test_a_poster_days_before_a_dated_opening_keeps_the_written_date() -> None:
    found = served_days(
        "Marrowdene Pictures unveiled the poster for Tin Coracle on Monday, ten days before it "
        "opens in cinemas on 29 May.",
        title=_TITLE,
        date="2026-05-13",
    )
    assert ("premiere_date", "2026-05-29") in found
    assert not any(day != "2026-05-29" for kind, day in found if kind == "premiere_date")


def test_a_trailer_weeks_before_an_undated_arrival_is_still_counted() -> None:
    found = served_days(
        "The studio released the first trailer for Tin Coracle on 11 May, five weeks before the "
        "film arrives on the platform.",
        title=_TITLE,
        date="2026-05-13",
    )
    assert ("premiere_date", "2026-06-15") in found
