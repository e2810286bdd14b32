"""A weekday set off after a comma, counted from a release, or told as a habit, on invented text.

"It arrived on the streamer a week later, on Friday": the day takes the tense of the clause
before the comma, so it is the Friday just gone. "views between its release on Friday and
Sunday" counts from a release already out. "aired on Tuesday evenings from 4 May" names a slot
in a schedule, not the coming Tuesday.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import served_releases

_TITLE = "Millbrook Lane goes straight to the top"


def _premieres(*paragraphs: str, date: str = "2026-03-15") -> set[str]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {str(r.date) for r in served if r.kind.value == "premiere_date"}


def test_a_day_in_an_aside_after_a_past_clause_is_the_one_just_gone() -> None:
    assert dt.date(2026, 3, 15).weekday() == 6  # the article's day: a Sunday
    dates = _premieres(
        "Millbrook Lane opened the Harbour Film Festival on Wednesday night. The film landed on "
        "the streamer two days later, on Friday, and fans have not stopped posting since."
    )
    assert "2026-03-20" not in dates
    assert dates <= {"2026-03-13", "2026-03-11"}


def test_another_wording_of_the_aside_keeps_the_past() -> None:
    dates = _premieres(
        "After a gala in Leith, Millbrook Lane arrived on the streamer soon afterwards, on "
        "Thursday, to warm reviews."
    )
    assert "2026-03-19" not in dates


def test_views_counted_from_a_release_on_a_weekday_date_the_day_just_gone() -> None:
    dates = _premieres(
        "Millbrook Lane has gone to No 1 on the streamer's chart, racking up 9.2 million views "
        "between its release on Friday and Sunday night, according to the streamer's figures.",
        date="2026-03-17",
    )
    assert "2026-03-20" not in dates
    assert dates <= {"2026-03-13"}


def test_an_aside_still_to_come_keeps_the_next_day() -> None:
    dates = _premieres(
        "Millbrook Lane will arrive on the streamer later this week, on Friday, after a gala in "
        "Leith."
    )
    assert "2026-03-13" not in dates


def test_a_weekday_slot_told_as_a_habit_is_no_day() -> None:
    dates = _premieres(
        "Series one of Millbrook Lane went out on Sunday nights from 6 September 2025, and "
        "the broadcaster has confirmed a second series.",
        date="2026-03-11",
    )
    assert "2026-03-15" not in dates
