"""A quote opening on "expected" or "due" and a time after "is" ("the film is “due in the
second half of next year”") is the release's window however long the quote; a quote that opens
on another word keeps the short limit. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2025-10-06", title="Marram Point: what we know")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_a_quoted_expected_predicate_gives_the_window() -> None:
    assert _windows(
        "A spokesman for the producers said only that the series is “expected in the second "
        "half of next year”."
    ) == {"2026-07/2026-12"}


def test_a_long_quote_on_another_opening_stays_out() -> None:
    assert not _windows(
        "The producer said she “would love to be back on location in the second half of next year”."
    )
