"""Release times told apart on invented text: a plan's hedge read over the places before its
month ("expected to begin in and around X, Co. Y, in May"), "a week today", "the autumn" to come
told after this year's, a sequel's rumoured year, and a withheld date an update later gives."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Fenmarrow: the new drama from Castlewhin Pictures"


def _kinds(*paragraphs: str, date: str) -> set[tuple[str, str, bool]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or ""), r.hedged) for r in served}


def test_a_plan_over_a_county_keeps_its_month_and_its_hedge() -> None:
    kinds = _kinds(
        "Castlewhin Pictures has cast Orla Brannagh in Fenmarrow.",
        "Filming is expected to begin in and around Dunkerrig, Co. Annagh, in January 2027.",
        date="2026-11-19",
    )
    assert ("filming_planned", "2027-01", True) in kinds


def test_a_plan_over_places_unhedged_stays_plain() -> None:
    kinds = _kinds(
        "Castlewhin Pictures has cast Orla Brannagh in Fenmarrow.",
        "Filming is due to begin in Dunkerrig, Annagh, in March 2027.",
        date="2026-11-19",
    )
    assert ("filming_planned", "2027-03", False) in kinds


def test_a_week_today_is_seven_days_on() -> None:
    kinds = _kinds(
        "Orla Brannagh wrote the songs for Fenmarrow.",
        "Fenmarrow arrives on Netflix a week today.",
        date="2026-03-06",
    )
    assert ("premiere_date", "2026-03-13", False) in kinds
    assert not {k for k in kinds if k[1] == "2026-03-06"}


def test_the_autumn_to_come_told_in_december_is_next_years() -> None:
    kinds = _kinds(
        "Filming on Fenmarrow wrapped in Dunkerrig on Friday.",
        "A spokesperson said the series is “likely to launch in the autumn”.",
        date="2025-12-06",
    )
    assert ("window", "2026-09/2026-11", True) in kinds
    assert not {k for k in kinds if k[1].startswith("2025-09")}


def test_a_sequel_that_could_arrive_is_not_the_film() -> None:
    kinds = _kinds(
        "Fenmarrow arrived on Netflix on 3 April.",
        "Some outlets have suggested a sequel could arrive in 2029. We found nothing to back it.",
        date="2026-05-02",
    )
    assert not {k for k in kinds if k[1] == "2029"}


def test_a_date_withheld_then_given_by_an_update_is_no_longer_unknown() -> None:
    kinds = _kinds(
        "Castlewhin has delayed Fenmarrow, which had been due in October.",
        "A spokesperson declined to give a new date.",
        "Update, 16:10: Castlewhin has now confirmed Fenmarrow will air in early 2027.",
        date="2026-08-12",
    )
    assert ("window", "2027-01/2027-04", False) in kinds
    assert not {k for k in kinds if k[0] == "not_announced"}


def test_a_date_withheld_with_no_update_stays_unknown() -> None:
    kinds = _kinds(
        "Castlewhin has delayed Fenmarrow, which had been due in October.",
        "A spokesperson declined to give a new date.",
        date="2026-08-12",
    )
    assert ("not_announced", "", False) in kinds
