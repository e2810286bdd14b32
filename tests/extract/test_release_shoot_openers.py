"""A shoot still to come told at the head of its sentence ("Filming will begin in March in
Fife", "Production will start in Hull in May") or with "kicks off" ("filming kicks off in Leeds
next month") is the film's planned shoot; a release noun right after the time ("ahead of a 2028
broadcast") keeps that time the release's; and the same shoot plan right after a sentence that
renews another show for a further series is that series', not the film's. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quarry Bells finds its lead"


def _kinds(*paragraphs: str, date: str = "2025-10-24") -> set[tuple[str, str, bool]]:
    lede = "Tamsin Orrell-Vayne will lead Quarry Bells, the six-part drama from Corvid Pictures."
    return release_dates(lede, *paragraphs, date=date, title=_TITLE)


def test_filming_will_begin_opening_the_sentence_is_a_planned_shoot() -> None:
    kinds = _kinds("Filming will begin in March in Fife, and the series will air next year.")
    assert ("filming_planned", "2026-03", False) in kinds


def test_production_will_start_before_its_places_is_a_planned_shoot() -> None:
    assert _kinds("Production will start in Hull and Grimsby in May.") == {
        ("filming_planned", "2026-05", False)
    }


def test_filming_kicks_off_next_month_is_a_planned_shoot() -> None:
    kinds = _kinds(
        "The drama is written by Osric Penhale, and filming kicks off in Leeds and along the "
        "Aire next month."
    )
    assert kinds == {("filming_planned", "2025-11", False)}


def test_a_release_noun_after_the_time_keeps_it_the_release() -> None:
    kinds = _kinds("Filming will begin in Wales in August, ahead of a 2027 broadcast.")
    assert kinds == {("filming_planned", "2026-08", False), ("window", "2027", False)}


def test_a_shoot_plan_after_another_show_is_renewed_is_that_shows() -> None:
    kinds = _kinds(
        "Channel 9's The Lamp Keeper has been recommissioned for a third series. Filming will "
        "begin in Antrim in March."
    )
    assert kinds == set()


def test_a_renewal_for_season_four_carries_on_into_the_next_sentence() -> None:
    kinds = _kinds(
        "Elsewhere, Harrow Point has been renewed for a fourth season. Production will start in "
        "Derry in April."
    )
    assert kinds == set()
