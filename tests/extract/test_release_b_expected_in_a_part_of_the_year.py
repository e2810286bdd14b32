"""A release "expected in the first half of next year" is a hedged window of those months, as
"expected early next year" already was; a person expected somewhere stays out. Invented text
throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2025-10-06", title="Marram Point: what we know")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_expected_in_a_part_of_the_year_is_that_part() -> None:
    assert _windows("The film is expected in the second half of next year.") == {"2026-07/2026-12"}
    assert _windows("The series is expected in the first half of 2026.") == {"2026-01/2026-06"}


def test_a_person_expected_in_a_part_of_the_year_stays_out() -> None:
    assert not _windows("Her next novel is expected in the second half of next year.")
