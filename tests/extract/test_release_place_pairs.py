"""A date told after a pair of places ("in the UK and Ireland on 12 June", "across Wales and
Cornwall from 3 March") stays in the clause that holds its verb: a date the film "had been due"
on is still a look back. A shoot's plan told over places ("on location in Powys", "along the Gower
coast") before its month is still the plan. On invented text."""

from __future__ import annotations

from bot.extract.release_places import joined_places
from tests.extract.helpers import release_kinds

_TITLE = "Cinder Road pushed back to next year"


def _kinds(*paragraphs: str, date: str = "2026-03-02") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_date_it_had_been_due_in_two_countries_is_no_release() -> None:
    kinds = _kinds(
        "Cinder Road, a thriller set on the Welsh border, had been due out in the UK and "
        "Ireland on 19 June.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_date_it_was_due_across_two_regions_is_no_release() -> None:
    kinds = _kinds(
        "The film was due to reach cinemas across Scotland and Wales on Friday 5 June.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_date_still_held_in_two_countries_is_kept() -> None:
    kinds = _kinds("Cinder Road opens in the UK and Ireland on 19 June.")
    assert ("premiere_date", "2026-06-19", False) in kinds


def test_a_plan_to_shoot_on_location_then_a_month_is_the_plan() -> None:
    kinds = _kinds(
        "Cinder Road is due to shoot on location in Powys and at Bray Studios from April, "
        "sources say.",
        date="2026-01-12",
    )
    assert ("filming_planned", "2026-04", True) in kinds


def test_a_plan_to_begin_along_a_coast_then_a_month_is_the_plan() -> None:
    kinds = _kinds(
        "Filming on Cinder Road is scheduled to begin in Swansea and along the Gower coast in "
        "June, insiders say.",
        date="2026-01-12",
    )
    assert ("filming_planned", "2026-06", True) in kinds


def test_a_name_after_and_followed_by_a_verb_is_not_joined_as_a_place() -> None:
    assert joined_places("premiered in Venice and Netflix releases it on ") == (
        "premiered in Venice and Netflix releases it on "
    )
    assert joined_places("due out in the UK and Ireland on ") == "due out in the UK & Ireland on "
