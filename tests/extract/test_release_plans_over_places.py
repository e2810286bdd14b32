"""A shoot's plan told before where it happens and then when, on invented text: the places
between the plan's verb and the month are read past, so the month is the plan's; another clause
between them leaves it unread."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Ondine Marsh joins Paper Harbour as filming nears"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_plan_told_over_two_places_keeps_its_month() -> None:
    kinds = _kinds(
        "Paper Harbour is Sky's new coastal drama.",
        "Cameras are due to roll in Oban and on the Kintyre peninsula in April.",
    )
    assert ("filming_planned", "2026-04", False) in kinds


def test_a_plan_told_over_a_list_of_places_keeps_its_month() -> None:
    kinds = _kinds(
        "Paper Harbour is Sky's new coastal drama.",
        "Filming is set to begin in Whitby, Staithes and on the Yorkshire coast in early May.",
    )
    assert ("filming_planned", "2026-05", False) in kinds


def test_another_clause_between_plan_and_month_leaves_it_unread() -> None:
    kinds = _kinds(
        "Paper Harbour is Sky's new coastal drama.",
        "Filming is set to begin in Whitby after the cast finish a stage run of Gulls in May.",
    )
    assert kinds == set()


def test_a_plan_with_will_over_a_place_named_with_of_keeps_its_month() -> None:
    kinds = release_kinds(
        "Gullholm is ITV's new island drama.",
        "Season two will begin filming in Oban and on the Isle of Kerrera in April.",
        date="2026-02-10",
        title="Gullholm recasts its lead",
    )
    assert ("filming_planned", "2026-04", False) in kinds, kinds


def test_a_plan_with_will_and_another_clause_before_the_month_leaves_it_unread() -> None:
    kinds = release_kinds(
        "Gullholm is ITV's new island drama.",
        "Season two will begin filming in Oban once the cast of Gulls finish their run in April.",
        date="2026-02-10",
        title="Gullholm recasts its lead",
    )
    assert kinds == set(), kinds
