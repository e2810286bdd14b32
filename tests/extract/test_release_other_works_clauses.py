"""A day in a clause hung on another work's name is that work's, not ours: "the prize went to
Tin Lid, ..., which opens on 22 May", "Marrow Field series two, which premiered on 20
September, slipped to third", "the UK release of Cannes winner Tin Lid on 13 February". Our own
film's clause still dates it. On invented text."""

from __future__ import annotations

from tests.extract.helpers import served_days

_HEADLINE = "Copper Hollow wins over the festival crowd"


def _days(*paragraphs: str) -> set[tuple[str, str]]:
    return served_days(*paragraphs, title=_HEADLINE, date="2026-03-02")


def test_an_award_winners_opening_day_is_not_ours() -> None:
    days = _days(
        "Copper Hollow closed the festival on Sunday night to a long ovation.",
        "The jury prize went to Saltings, Mira Okafor's Danish drama about two ferrymen, "
        "which has UK distribution from Curzon and opens in cinemas on 22 May.",
    )
    assert ("premiere_date", "2026-05-22") not in days


def test_a_rival_series_premiere_in_a_chart_is_not_ours() -> None:
    days = _days(
        "Copper Hollow held the top spot for a second week.",
        "Over on ITVX, Ravensmere series three, which premiered on 20 February, slipped to "
        "fourth place.",
    )
    assert ("premiere_date", "2026-02-20") not in days


def test_the_release_of_another_named_film_is_not_ours() -> None:
    days = _days(
        "Copper Hollow took £1.2m in its opening weekend.",
        "Next weekend brings the UK release of Berlin prize-winner The Ash Orchard on 13 March.",
    )
    assert ("premiere_date", "2026-03-13") not in days


def test_our_own_films_clause_still_dates_it() -> None:
    days = _days(
        "Copper Hollow, which opens in UK cinemas on 20 March, drew a standing ovation.",
    )
    assert ("premiere_date", "2026-03-20") in days
