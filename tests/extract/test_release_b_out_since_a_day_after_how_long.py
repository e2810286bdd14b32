"""A film "on Netflix for ten days, since Monday 4 May" came out that day: how long it has been
out may stand between the platform and "since". A film said to be on the platform for a while,
with no day, is not dated. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _days(line: str) -> set[str]:
    found = facts("Tarn Lane is the new Sky thriller.", line, date="2026-05-14")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_how_long_before_since_keeps_the_day() -> None:
    line = "Tarn Lane has been on Sky Atlantic for ten days, since Monday 4 May, and still leads."
    assert _days(line) == {"2026-05-04"}


def test_how_long_alone_dates_nothing() -> None:
    assert _days("Tarn Lane has been on Sky Atlantic for ten days and still leads.") == set()
