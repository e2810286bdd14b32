"""A holiday told as the slot right before "next year" narrows that year to the holiday's
month ("around Valentine's Day next year" is February, "in time for Christmas next year" is
December), even inside quotation marks; a holiday told as a bound ("before Christmas next
year") leaves the year whole. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(line: str) -> set[str]:
    found = facts("Tarn Lane is the new Sky thriller.", line, date="2025-08-19")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_valentines_day_next_year_is_february() -> None:
    line = "A crew member said it might land “around Valentine’s Day” next year."
    assert _windows(line) == {"2026-02"}


def test_christmas_next_year_is_december() -> None:
    assert _windows("It could arrive in time for Christmas next year.") == {"2026-12"}


def test_a_bound_keeps_the_whole_year() -> None:
    assert _windows("It could arrive before Christmas next year.") == {"2026"}
