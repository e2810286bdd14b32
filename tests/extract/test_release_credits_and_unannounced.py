"""Release statements in other shapes, on invented text: a relative clause after a credit ("X,
directed by Y, which opens ..."), a distributor that will "open" the film in cinemas, and no date
yet told with an adverb or as "a day"."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Netflix sets Lantern Row cast as filming nears"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_relative_clause_after_a_credit_belongs_to_the_work() -> None:
    kinds = _kinds(
        "Mina Osei plays a sound engineer in Lantern Row, written by Cal Dunne, which arrives on "
        "Netflix on Friday 13 March."
    )
    assert kinds == {("premiere_date", "2026-03-13", False)}


def test_a_relative_clause_after_a_credit_of_another_work_is_not_ours() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Osei also appears in Tin Bridge, directed by Rhea Lamm, which opens in cinemas on "
        "3 April.",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_a_distributor_opening_the_film_in_cinemas_dates_the_release() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "After its festival run, Halden Pictures will open Lantern Row in cinemas across Ireland "
        "on Friday, April 17.",
    )
    assert kinds == {("premiere_date", "2026-04-17", False)}
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Quayside Films opens the film in theaters nationwide on May 8.",
    )
    assert kinds == {("premiere_date", "2026-05-08", False)}


def test_no_date_told_with_an_adverb_or_as_a_day() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "The streamer has not formally announced a date.",
    )
    assert kinds == {("not_announced", "", False)}
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "It is pencilled in for the autumn, but the studio hasn’t named a day yet.",
    )
    assert ("not_announced", "", False) in kinds


def test_a_release_planned_for_a_holiday_of_a_year() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Halden Pictures plans a cinema release in Ireland for Christmas 2027.",
    )
    assert kinds == {("window", "2027-12", True)}
    kinds = _kinds("Lantern Row is expected to arrive in cinemas for Halloween 2026.")
    assert kinds == {("window", "2026-10", True)}


def test_a_shoot_under_way_since_a_month_started_then() -> None:
    kinds = _kinds("Filming has been under way since November in Cork and Kerry.")
    assert kinds == {("filming_started", "2025-11", False)}
    kinds = _kinds("Shooting on the film has been underway since January 2026.")
    assert kinds == {("filming_started", "2026-01", False)}


def test_another_works_shoot_under_way_since_a_month_is_not_ours() -> None:
    kinds = _kinds(
        "Lantern Row is Netflix's next big drama.",
        "Production on Quarry Hill has been under way since October.",
    )
    assert kinds == set()


def test_a_release_pencilled_in_is_hedged() -> None:
    kinds = _kinds("Lantern Row is pencilled in for autumn 2026, the streamer says.")
    assert kinds == {("window", "2026-09/2026-11", True)}
    kinds = _kinds("The series has been penciled in for early 2027.")
    assert kinds == {("window", "2027-01/2027-04", True)}
