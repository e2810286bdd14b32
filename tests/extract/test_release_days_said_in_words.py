"""A day of the month said as an ordinal word ("from the sixth of December"), as transcripts
write speech, dates the release like one in figures; invented articles."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def served(*paragraphs: str, date: str = "2025-09-18") -> list[tuple[str, object]]:
    found = facts(*paragraphs, date=date, title=None)
    return [(r.kind.value, r.title or r.window or r.date) for r in found.release if r.served]


def test_a_day_said_in_words_is_read() -> None:
    for sentence, day in (
        ("The film opens in cinemas on the twenty-first of November.", dt.date(2025, 11, 21)),
        ("Saltmarsh Kin is in cinemas from the sixth of December.", dt.date(2025, 12, 6)),
    ):
        assert ("premiere_date", day) in served(sentence), sentence
    assert served("Fans get a fifth of the seats on the sixth of the month.") == []


def test_a_shoot_said_in_words_is_read() -> None:
    found = served("Filming began on the third of March and wrapped on the thirtieth of June.")
    assert ("filming_started", dt.date(2025, 3, 3)) in found
    assert ("filming_wrapped", dt.date(2025, 6, 30)) in found
