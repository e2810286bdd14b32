"""A shoot's first day counted from the article's date ("filming got under way yesterday") and
another written out ("started rolling on Monday, 4 May"): the written day is the article's word,
the counted one is held. Invented text throughout."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _starts(*paragraphs: str) -> set[dt.date | None]:
    found = facts(*paragraphs, date="2026-05-06", title="Tarn Hollow starts shooting")
    return {r.date for r in found.release if r.served and r.kind.value == "filming_started"}


def test_the_written_start_day_wins() -> None:
    assert _starts(
        "Ada Voss was pictured in Leeds yesterday as filming got under way on Tarn Hollow.",
        "Cameras officially started rolling on Monday, May 4, with Voss as Nell.",
    ) == {dt.date(2026, 5, 4)}


def test_a_counted_start_day_alone_stays() -> None:
    assert _starts(
        "Ada Voss was pictured in Leeds yesterday as filming got under way on Tarn Hollow.",
    ) == {dt.date(2026, 5, 5)}
