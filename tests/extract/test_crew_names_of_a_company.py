"""A credited name with its company after "of" ("with X of T Films producing") keeps its
credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "The Marigold Hours is coming to cinemas in May."


def test_with_a_producer_of_a_company_producing() -> None:
    assert ("producer", "Posy Tembleton") in served_crew(
        _LEDE, "Oren Halvard directs, with Posy Tembleton of Larkspur Pictures producing."
    )


def test_a_producer_of_a_company_produces() -> None:
    assert ("producer", "Posy Tembleton") in served_crew(
        _LEDE, "Posy Tembleton of Quarry Lane Films produces, and Oren Halvard directs."
    )
