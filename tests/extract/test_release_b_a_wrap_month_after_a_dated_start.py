"""A wrap's month told without a year right after a sentence that starts the shoot in a month
with one ("Seven weeks, starting in March 2025. We wrapped in late April.") is in that year, not
the year the article's own date would give it. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _wraps(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-06-04", title="Fenna Roach on Tollhouse Row")
    return {
        str(r.window or r.date)
        for r in found.release
        if r.served and r.kind.value == "filming_wrapped"
    }


def test_a_wrap_month_takes_the_year_of_the_start_before() -> None:
    assert _wraps(
        "Fenna Roach's Tollhouse Row opens in cinemas on 19 June.",
        "How was the shoot?",
        "Seven weeks on the coast, starting in March 2025. We wrapped in late April.",
    ) == {"2025-04"}


def test_a_wrap_month_alone_keeps_the_articles_year() -> None:
    assert _wraps(
        "Fenna Roach's Tollhouse Row opens in cinemas on 19 June.",
        "How was the shoot?",
        "It was cold. We wrapped in late April.",
    ) == {"2026-04"}
