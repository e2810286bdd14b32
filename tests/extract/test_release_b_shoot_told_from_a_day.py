"""A past shoot told by "took place", "ran" or "took N weeks" "from" a day began that day; a
release after "from" in another clause of the same sentence stays the release's. Invented text
throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _kinds(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-02-10", title="Marram Point: a first look")
    return {(r.kind.value, str(r.date)) for r in found.release if r.served and r.date}


def test_a_shoot_that_took_place_from_a_day_began_then() -> None:
    assert _kinds("Filming on Marram Point took place in Oban and Mull from 2 June 2025.") == {
        ("filming_started", "2025-06-02")
    }
    assert _kinds("The Marram Point shoot took nine weeks from 2 June 2025.") == {
        ("filming_started", "2025-06-02")
    }


def test_a_release_from_a_day_after_a_shoot_clause_stays_the_release() -> None:
    assert _kinds(
        "Filming on Marram Point took place in Oban, and it streams on Netflix from 4 March."
    ) == {("premiere_date", "2026-03-04")}
