"""Release: months of other works, possessive and glossed days, wraps in a month; kinds of
failure met in blind batch 7, each on invented text (none of its names)."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _served_windows(*paragraphs: str, date: str = "2025-09-01") -> set[str | None]:
    found = facts(*paragraphs, date=date, title="Lantern Bay: the new season")
    return {r.window for r in found.release if r.served and r.kind is ReleaseKind.WINDOW}


def test_a_month_of_another_work_after_which_is_not_our_window() -> None:
    windows = _served_windows(
        "Lantern Bay premieres on ITV in October.",
        "Ivo Bell is busy this winter: he is also in Salt Marsh, which lands on Channel 4 in "
        "February.",
    )
    assert windows == {"2025-10"}


def test_a_month_after_another_quoted_title_is_not_our_window() -> None:
    windows = _served_windows(
        "Lantern Bay premieres on ITV in October.",
        "Bell will next appear in Fox’s “The Long Road Back,” out in December.",
    )
    assert windows == {"2025-10"}


def test_our_film_named_before_which_keeps_its_window() -> None:
    windows = _served_windows(
        "Lantern Bay: what we know so far.",
        "Ivo Bell stars in Lantern Bay, which lands on ITV in November.",
    )
    assert windows == {"2025-11"}


def test_a_possessive_day_names_an_event_not_the_release() -> None:
    found = facts(
        "Live from the Lantern Bay gala.",
        "The film is released on ITV on Friday 14 November, and tonight's screening is the "
        "first anyone has seen of it.",
        date="2025-11-11",
    )
    dates = {r.date for r in found.release if r.served and r.kind is ReleaseKind.PREMIERE_DATE}
    assert dates == {dt.date(2025, 11, 14)}


def _release(*paragraphs: str, date: str = "2025-06-10") -> set[tuple[str, object]]:
    found = facts(*paragraphs, date=date)
    return {(r.kind.value, r.date or r.window) for r in found.release if r.served}


def test_a_relative_day_glossed_with_its_date() -> None:
    assert _release(
        "Cameras started rolling on the Lantern Bay film yesterday (June 9) in Kent."
    ) == {("filming_started", dt.date(2025, 6, 9))}


def test_a_named_day_glossed_with_its_date() -> None:
    found = _release(
        "Lantern Bay will air on ITV on Boxing Day (Friday 26th December) at 9pm.",
        date="2025-11-20",
    )
    assert found == {("premiere_date", dt.date(2025, 12, 26))}


def test_a_bulleted_release_date_line_with_nothing_yet() -> None:
    found = _release("Lantern Bay news roundup.", "* Release date: still nothing.")
    assert ("not_announced", None) in found


def test_a_past_shoot_wrapping_in_a_month() -> None:
    found = _release(
        "Filming on Lantern Bay took place in Leeds over the spring, wrapping in early May."
    )
    assert found == {("filming_wrapped", "2025-05")}


def test_a_future_shoot_wrapping_in_a_month_is_no_wrap() -> None:
    found = _release("Filming on Lantern Bay will run through the summer, wrapping in August.")
    assert ("filming_wrapped", "2025-08") not in found
