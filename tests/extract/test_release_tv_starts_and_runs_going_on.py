"""A TV work's own start told by its kind ("this four-parter starts tonight"), a run that
goes on on a later day, which is no second start, and a time "it could come in"."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Pick of the day: Copper Bay"


def test_a_tv_work_told_by_its_kind_that_starts_on_a_day_premieres_then() -> None:
    for sentence in (
        "Directed by Ada Vale, this four-parter starts tonight.",
        "The drama starts on Saturday at 9pm on ITV1.",
    ):
        found = release_kinds(sentence, date="2027-09-25", title=_TITLE)
        assert any(kind == "premiere_date" for kind, _, _ in found), sentence


def test_a_work_that_starts_filming_on_a_day_does_not_premiere_then() -> None:
    found = release_kinds("The drama starts filming on Saturday.", date="2027-09-25", title=_TITLE)
    assert not any(kind == "premiere_date" for kind, _, _ in found)


def test_a_run_that_continues_on_a_later_day_premieres_on_its_first() -> None:
    found = release_kinds(
        "Directed by Ada Vale, this four-parter starts tonight and continues tomorrow at 9pm.",
        date="2027-09-25",
        title=_TITLE,
    )
    premieres = {day for kind, day, _ in found if kind == "premiere_date"}
    assert premieres == {"2027-09-25"}


def test_it_could_come_in_a_window_is_a_hedged_release_window() -> None:
    found = release_kinds(
        "Lumen has not yet announced a premiere date for Copper Bay.",
        "A trade paper has reported that it could come in the first half of 2027.",
        date="2026-09-10",
    )
    assert ("window", "2027-01/2027-06", True) in found


def test_another_thing_that_could_come_in_a_month_dates_nothing() -> None:
    found = release_kinds(
        "Lumen has not yet announced a premiere date for Copper Bay.",
        "Lumen says a decision could come in March.",
        date="2026-09-10",
    )
    assert not any(kind == "window" for kind, _, _ in found)
