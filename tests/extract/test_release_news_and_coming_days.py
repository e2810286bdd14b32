"""A day of the news or a day still to come is not a shoot's or a release's day gone by: a wrap
the studio "confirmed on" a date, a shoot that "starts shooting on Monday" (plain present: the
coming Monday, a plan), a day opening a clause after ", so". Invented articles."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Quillmere Lane: what we know"


def test_a_wrap_confirmed_on_a_date_is_not_dated_by_the_news() -> None:
    days = served_days(
        "Quillmere Lane, the Streamly drama, has finished filming, the streamer confirmed on "
        "Friday 8 May.",
        title=_TITLE,
        date="2026-05-09",
    )
    assert ("filming_wrapped", "2026-05-08") not in days


def test_a_shoot_that_starts_on_monday_is_planned_for_the_coming_monday() -> None:
    days = served_days(
        "The drama, which wraps up the Quillmere Lane saga, starts shooting on Monday in Leeds.",
        title=_TITLE,
        date="2026-05-14",
    )
    assert ("filming_started", "2026-05-11") not in days
    assert ("filming_planned", "2026-05-18") in days


def test_a_day_after_so_is_not_the_release_day() -> None:
    days = served_days(
        "Quillmere Lane lands on Streamly this Friday, so tonight is for the cast and the crew.",
        title=_TITLE,
        date="2026-05-12",
    )
    assert ("premiere_date", "2026-05-12") not in days
    assert ("premiere_date", "2026-05-15") in days
