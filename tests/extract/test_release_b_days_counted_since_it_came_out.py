"""A sentence that opens by counting days since the film came out and goes on in the present
dates the release back from the article's day; one that goes on in the past counts to a later
event whose day is unknown, and dates nothing. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Column: Why Tarn Lane worked"


def _days(line: str) -> set[str]:
    found = facts(line, "The ending divides opinion.", date="2026-05-11", title=_TITLE)
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_count_told_from_now_dates_the_release() -> None:
    line = "Four days after Tarn Lane dropped on Prime Video, the fan forums are still arguing."
    assert _days(line) == {"2026-05-07"}


def test_a_count_told_of_the_past_dates_nothing() -> None:
    line = "Four days after Tarn Lane dropped on Prime Video, the forums turned on the ending."
    assert _days(line) == set()


def test_a_count_in_weeks_is_a_round_figure() -> None:
    line = "Two weeks after Tarn Lane dropped on Prime Video, the fan forums are still arguing."
    assert _days(line) == set()
