"""A shoot's span to the day with "last year" after it is the year before the article's, not
the latest such days; a year the speaker takes back is not read. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _shoot(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-09-20", title="Tarn Hollow opens the festival")
    return {
        (r.kind.value, str(r.date))
        for r in found.release
        if r.served and r.kind.value.startswith("filming")
    }


def test_a_span_told_last_year_is_the_year_before() -> None:
    assert _shoot("Tarn Hollow was shot in Leeds from 4 May to 30 June last year.") == {
        ("filming_started", "2025-05-04"),
        ("filming_wrapped", "2025-06-30"),
    }
    assert _shoot("Filming took place between 2 March and 11 April of last year.") == {
        ("filming_started", "2025-03-02"),
        ("filming_wrapped", "2025-04-11"),
    }


def test_a_span_with_no_year_told_is_the_latest_days() -> None:
    assert _shoot("Tarn Hollow was shot in Leeds from 4 May to 30 June.") == {
        ("filming_started", "2026-05-04"),
        ("filming_wrapped", "2026-06-30"),
    }
