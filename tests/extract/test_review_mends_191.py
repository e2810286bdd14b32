"""Review mends of round 191: the rules of that round read on sentences written otherwise than
the articles they were tuned on. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str, date: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title="Marram Point: what we know")
    return {
        (r.kind.value, str(r.window or r.date)) for r in found.release if r.served and not r.hedged
    }


def test_a_relative_year_opening_a_possessive_is_not_the_days() -> None:
    served = _served(
        "Marram Point is back on screen.",
        "Filming began on 2 July last year’s winner of the prize watching.",
        date="2026-08-20",
    )
    assert ("filming_started", "2025-07-02") not in served
    served = _served(
        "Marram Point is back on screen.", "Filming began on 2 July last year.", date="2026-08-20"
    )
    assert ("filming_started", "2025-07-02") in served
