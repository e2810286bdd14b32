"""A day followed by "last year", "this year" or "next year" takes that year, counted from the
article's date, not the year the day would fall in by itself. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _starts(sentence: str) -> set[str]:
    found = facts("Marram Point is back on screen.", sentence, date="2026-08-20",
                  title="Marram Point reviewed")  # fmt: skip
    return {str(r.date) for r in found.release if r.served and r.kind.value == "filming_started"}


def test_a_day_then_last_year_is_last_years() -> None:
    assert _starts("Filming began on 2 July last year in Mayo.") == {"2025-07-02"}


def test_a_day_alone_keeps_its_nearest_past_year() -> None:
    assert _starts("Filming began on 2 July in Mayo.") == {"2026-07-02"}
