"""A shoot that "began on 9 March and wrapped on 2 May last year" began last year too: the year
told after the wrap's day carries back to the start's day right before it. A start with no year
told anywhere keeps the year the article's date gives it. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEAD = "Copper Bay is the new feature from Harbour Pictures."


def test_a_start_before_a_wrap_told_last_year_is_last_years() -> None:
    found = release_kinds(
        _LEAD,
        "The shoot, which began on 9 March and wrapped on 2 May last year, was cold.",
        date="2026-08-20",
    )
    assert ("filming_started", "2025-03-09", False) in found
    assert ("filming_wrapped", "2025-05-02", False) in found


def test_a_start_in_november_before_a_january_wrap_is_the_year_before() -> None:
    found = release_kinds(
        _LEAD,
        "Filming began on 20 November and wrapped on 9 January last year.",
        date="2026-08-20",
    )
    assert ("filming_started", "2024-11-20", False) in found


def test_a_start_with_no_year_told_keeps_the_articles_year() -> None:
    found = release_kinds(
        _LEAD, "Filming began on 9 March and wrapped on 2 May.", date="2026-08-20"
    )
    assert ("filming_started", "2026-03-09", False) in found
