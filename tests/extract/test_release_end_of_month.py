"""A month told as a part of it ("at the end of August", "at the start of March"), on invented
text: the month is the window, as "late August" is."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Lantern Row: everything we know so far"


def _kinds(text: str, date: str = "2026-10-02") -> set[tuple[str, str]]:
    served = served_releases(text, date=date, title=_TITLE)
    return {(r.kind.value, str(r.window or r.date)) for r in served}


def test_wrapped_at_the_end_of_a_month_dates_the_wrap() -> None:
    kinds = _kinds("Filming on Lantern Row wrapped at the end of July.")
    assert kinds == {("filming_wrapped", "2026-07")}


def test_having_wrapped_at_the_start_of_a_month_dates_the_wrap() -> None:
    kinds = _kinds("With the shoot having wrapped at the start of September, the edit has begun.")
    assert kinds == {("filming_wrapped", "2026-09")}
