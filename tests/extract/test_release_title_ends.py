"""A title named with the time of its naming after it ("was titled Lanterns: Last Light in
March") ends before the time: "in March" is when it was named, not part of the name. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Lanterns: what we know"


def _titles(*paragraphs: str) -> set[str]:
    found = served_releases(*paragraphs, date="2025-10-14", title=_TITLE)
    return {r.title for r in found if r.kind.value == "title" and r.title}


def test_a_title_named_in_a_month_ends_before_the_month() -> None:
    assert _titles(
        "The Lanterns film was officially titled Lanterns: Last Light in March.",
    ) == {"Lanterns: Last Light"}


def test_a_title_named_in_a_month_and_year_ends_before_the_month() -> None:
    assert _titles(
        "After a long wait, the film was officially titled Lanterns: Low Tide in August 2025, "
        "and fans approved.",
    ) == {"Lanterns: Low Tide"}


def test_a_title_named_on_a_day_ends_before_the_day() -> None:
    assert _titles(
        "The film was officially titled Lanterns: Far Shore on 4 June.",
    ) == {"Lanterns: Far Shore"}


def test_a_title_with_a_small_word_inside_keeps_it() -> None:
    assert _titles(
        "The film was officially titled Lanterns: Night in Harbour Town.",
    ) == {"Lanterns: Night in Harbour Town"}
