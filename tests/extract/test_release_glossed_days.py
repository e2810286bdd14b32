"""A day named from the article's date and glossed by its distance from an event, and a shoot
told from where the reporter stands, on invented text: "opens on Thursday, two days after the
gala" dates the release on the Thursday (the gala's written date agreeing), never the Thursday
plus the gap; a gap that disagrees with the written event holds the day; "has been filming here
since May" is one place's shoot, not the production's start."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Salt Meridian: crowds brave the rain for the first screening"


def _kinds(*paragraphs: str, date: str = "2026-09-16") -> set[tuple[str, str, bool]]:
    return release_dates(*paragraphs, date=date, title=_TITLE)


def test_a_glossed_day_is_the_release_not_the_day_plus_the_gap() -> None:
    kinds = _kinds(
        "The gala, on Tuesday 15 September, let a few hundred people in early: Salt Meridian "
        "opens on Prime Video on Thursday, two days after the gala."
    )
    assert kinds == {("premiere_date", "2026-09-17", False)}


def test_a_glossed_day_after_a_colon_without_the_event_date() -> None:
    kinds = _kinds(
        "Everyone else has a short wait: Salt Meridian arrives on Disney+ on Friday, just three "
        "days after the screening."
    )
    assert kinds == {("premiere_date", "2026-09-18", False)}


def test_a_glossed_day_that_disagrees_with_the_event_is_held() -> None:
    kinds = _kinds(
        "The screening, on Monday 14 September, drew a crowd: Salt Meridian lands on Hulu on "
        "Saturday, two days after the screening."
    )
    assert kinds == set()


def test_a_shoot_here_since_a_month_is_not_the_start_of_filming() -> None:
    kinds = _kinds(
        "The old harbour is full of trailers. The crew has been shooting here since early "
        "August, and the cast have two weeks left.",
        "Salt Meridian has been filming there since mid-August, a runner told us.",
    )
    assert kinds == set()


def test_a_shoot_under_way_since_a_month_still_starts_it() -> None:
    kinds = _kinds("Salt Meridian has been shooting in Cornwall since early August.")
    assert ("filming_started", "2026-08", False) in kinds


def test_a_day_glossed_after_a_dash_or_in_brackets() -> None:
    agreed = _kinds(
        "The gala, on Tuesday 15 September, sold out – Salt Meridian lands on Netflix on "
        "Thursday – two days after the gala."
    )
    assert agreed == {("premiere_date", "2026-09-17", False)}
    bracketed = _kinds("Salt Meridian opens on Friday (a week after the Venice screening).")
    assert bracketed == {("premiere_date", "2026-09-18", False)}
    differs = _kinds(
        "The gala, on Tuesday 15 September, sold out – Salt Meridian lands on Netflix on "
        "Thursday – just four days after the gala."
    )
    assert differs == set()
