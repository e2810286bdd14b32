"""A past shoot's length counted from its first day ("Filming ran for nine weeks from 2 June
2025") dates the start; the same told of a shoot still to come is no start. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _starts(lede: str) -> set[str]:
    found = facts(lede, "The cast shared photos from the set.", date="2026-02-10")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "filming_started"}


def test_a_past_shoot_counted_from_its_first_day() -> None:
    assert _starts("Filming ran for nine weeks from 2 June 2025, mostly in Hull.") == {"2025-06-02"}


def test_a_shoot_still_to_come_is_no_start() -> None:
    assert _starts("Filming will run for nine weeks from 2 June, mostly in Hull.") == set()
