"""A fact sheet's "Filmed" line with two months and a year gives the shoot's start and wrap,
once the span is over; the same line with a span still ahead of the article gives nothing.
Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _steps(line: str) -> set[tuple[str, str]]:
    found = facts("Tarn Lane is the new Sky thriller.", line, date="2026-03-01")
    return {
        (r.kind.value, str(r.window))
        for r in found.release
        if r.served and r.kind.value.startswith("filming")
    }


def test_a_filmed_line_gives_start_and_wrap() -> None:
    assert _steps("Filmed: October–December 2025, Whitby and Scarborough") == {
        ("filming_started", "2025-10"),
        ("filming_wrapped", "2025-12"),
    }


def test_a_span_still_ahead_gives_nothing() -> None:
    assert _steps("Filmed: October–December 2026, Whitby and Scarborough") == set()
