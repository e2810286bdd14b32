"""A year told right after a day written without one ("on 9 October this year") is that day's
year, read with it; it is no window of its own. A year told on its own ("later this year")
still is. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_HEADLINE = "Brackenfold sets its date"


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-03-02", title=_HEADLINE)
    return {
        (r.kind.value, str(r.date or r.window)) for r in found.release if r.served and not r.title
    }


def test_this_year_after_a_day_is_the_days_year_not_a_window() -> None:
    served = _served(
        "Brackenfold, the coastal mystery, arrives on Prime Video on 9 October this year."
    )
    assert ("premiere_date", "2026-10-09") in served
    assert ("window", "2026") not in served


def test_a_year_told_alone_is_still_a_window() -> None:
    served = _served("Brackenfold, the coastal mystery, arrives on Prime Video later this year.")
    assert ("window", "2026") in served
