"""Invented text: the day a source published the news is no release date ("confirmed by the
streamer's site this morning"), and a shoot's plan told over a pair of places keeps the hedge
of its verb ("which is expected to film in X and Y this autumn")."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Paper Harbour adds two to its crew"


def _kinds(*paragraphs: str, date: str = "2025-08-15") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_casting_confirmed_by_a_source_this_morning_dates_no_release() -> None:
    kinds = _kinds(
        "The shoot for Paper Harbour is done.",
        "And Lena Ortiz returns as Captain Vale, confirmed by Sky's press site this morning.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_return_according_to_a_trade_report_on_a_weekday_dates_no_release() -> None:
    kinds = _kinds(
        "Paper Harbour has wrapped its second series.",
        "Tomas Reyes is back as the harbourmaster, according to a trade report on Tuesday.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_release_day_after_a_source_credit_is_still_read() -> None:
    kinds = _kinds(
        "Paper Harbour has a date.",
        "Paper Harbour, confirmed by Sky on Monday, premieres on Friday.",
        date="2025-08-12",
    )
    assert kinds == {("premiere_date", "2025-08-15", False)}


def test_an_expected_shoot_over_two_places_is_a_hedged_plan() -> None:
    kinds = _kinds(
        "Sky has cast two newcomers in Paper Harbour.",
        "Sky has not set a date for the drama, which is expected to shoot in Oban and Glasgow "
        "this autumn.",
        date="2025-05-20",
    )
    assert ("filming_planned", "2025-09/2025-11", True) in kinds


def test_an_expected_start_over_two_places_is_a_hedged_plan() -> None:
    kinds = _kinds(
        "Paper Harbour is Sky's new coastal drama.",
        "Production is expected to begin in Cork and Kerry in March.",
        date="2025-01-10",
    )
    assert ("filming_planned", "2025-03", True) in kinds
