"""A year told right after a month ("for February next year", "in July of this year") is the
month's year, read with it, not a window of its own, on invented text. A year told apart
("opens in July, and next year it tours") is still its own.
"""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Cinema date for Brackwater"


def _windows(paragraph: str) -> set[str]:
    served = served_releases(paragraph, date="2026-10-05", title=_TITLE)
    return {str(r.window) for r in served if r.kind.value == "window"}


def test_a_month_then_next_year_is_one_window() -> None:
    windows = _windows("Its distributor has set a UK cinema release for March next year.")
    assert windows == {"2027-03"}


def test_a_month_of_next_year_is_one_window() -> None:
    windows = _windows("Brackwater will open in Irish cinemas in May of next year.")
    assert windows == {"2027-05"}


def test_a_month_with_a_written_year_keeps_its_own_window() -> None:
    windows = _windows("Brackwater will open in Irish cinemas in May 2027.")
    assert windows == {"2027-05"}
