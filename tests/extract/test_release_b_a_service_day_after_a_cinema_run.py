"""A day or window on a streaming service after the film's cinema run is a later window, not its
release: a run told as under way ("is in cinemas now and lands on Sky on 18 December"), a
streaming release "expected next year" after an opening day. Each is held; a day on a service
with no cinema run before it stays the release. Invented text."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _served_days(*paragraphs: str, date: str) -> set[dt.date]:
    found = facts(*paragraphs, date=date)
    return {
        r.date
        for r in found.release
        if r.served and r.kind.value == "premiere_date" and r.date is not None
    }


def _served_windows(*paragraphs: str, date: str) -> set[str]:
    found = facts(*paragraphs, date=date)
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_a_service_day_beside_a_run_under_way_is_held() -> None:
    days = _served_days(
        "Brinemere is in cinemas now and lands on Sky Cinema on 11 December.",
        date="2026-10-30",
    )
    assert dt.date(2026, 12, 11) not in days


def test_a_streaming_release_next_year_after_the_opening_is_no_window() -> None:
    windows = _served_windows(
        "Hatherby opens in Irish and UK cinemas on Friday 16 October.",
        "A streaming release on BBC iPlayer should follow next year, though that is not settled.",
        date="2026-10-01",
    )
    assert "2027" not in windows


def test_a_window_next_year_with_no_opening_before_it_stands() -> None:
    windows = _served_windows(
        "Hatherby is coming to BBC One next year, the broadcaster said.",
        date="2026-10-01",
    )
    assert "2027" in windows
