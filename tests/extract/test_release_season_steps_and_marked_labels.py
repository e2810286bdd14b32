"""Invented text: a shoot "on the new season" (or series) told in the plain past with a relative
month is the show's own step; a fact-sheet label in markdown bold ("**Release date:**") or one
naming whose cinemas ("in UK and Irish cinemas") still dates the release."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Birch Hollow: everything we know so far"


def _kinds(*paragraphs: str, date: str = "2026-05-02") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_filming_on_the_new_season_began_last_month_is_the_start() -> None:
    kinds = _kinds(
        "Sky has recast the lead of Birch Hollow.",
        "Filming on the new season began last month in Oban, and it is expected to premiere "
        "in late 2027.",
        date="2026-11-04",
    )
    assert ("filming_started", "2026-10", False) in kinds


def test_production_on_the_second_series_wrapped_last_month_is_the_wrap() -> None:
    kinds = _kinds(
        "Sky has recast the lead of Birch Hollow.",
        "Production on the second series wrapped last month.",
        date="2026-11-04",
    )
    assert ("filming_wrapped", "2026-10", False) in kinds


def test_a_bold_release_date_label_with_whose_cinemas_dates_the_release() -> None:
    kinds = _kinds(
        "**Release date:** 9 October 2026, in UK and Irish cinemas. Sky confirmed it on Monday."
    )
    assert ("premiere_date", "2026-10-09", False) in kinds


def test_an_underlined_out_label_in_us_theaters_dates_the_release() -> None:
    kinds = _kinds("__Out:__ 13 November 2026 in US theaters.")
    assert ("premiere_date", "2026-11-13", False) in kinds


def test_a_bold_label_that_goes_on_past_the_date_is_not_read_so() -> None:
    kinds = _kinds("**Release date:** 9 October in UK cinemas for members, wider release TBC.")
    assert not any(value == "2026-10-09" for _, value, _ in kinds)
