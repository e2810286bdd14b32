"""On invented text: a date reports gave and the article says was never confirmed is no release
date."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Quillhaven finally gets its date"


def test_a_reported_date_never_confirmed_is_not_the_release() -> None:
    days = served_days(
        "Streamwell has confirmed that Quillhaven will be released on Friday 8 May 2026.",
        "Two fan accounts had reported that the film would arrive on 20 March, but that date was "
        "never confirmed by the streamer.",
        title=_TITLE,
        date="2026-01-20",
    )
    assert ("premiere_date", "2026-05-08") in days
    assert ("premiere_date", "2026-03-20") not in days


def test_a_reported_date_left_standing_is_kept() -> None:
    days = served_days(
        "Trade papers reported that Quillhaven will arrive on 20 March 2026.",
        title=_TITLE,
        date="2026-01-20",
    )
    assert ("premiere_date", "2026-03-20") in days
