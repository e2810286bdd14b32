"""A moment in a story told before a month ("arrived at 9.15pm on a Tuesday in March", "came
one Sunday morning in May") is an anecdote's time, not a release window; the film's own window
in the same piece is kept. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "How the Lantern Row film found its lead"


def _kinds(*paragraphs: str, date: str = "2025-04-22") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_message_that_arrived_on_a_weekday_in_a_month_dates_no_release() -> None:
    kinds = _kinds(
        "The offer arrived in Pia Lund's inbox at 9.15pm on a Tuesday in March, and it held "
        "a single question from the director.",
    )
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_a_call_that_came_one_weekday_morning_in_a_month_dates_no_release() -> None:
    kinds = _kinds(
        "The news arrived one Sunday morning in May, while Lund was at her sister's wedding.",
    )
    assert not any(kind == "window" for kind, _, _ in kinds)


def test_the_film_arriving_in_a_month_keeps_its_window() -> None:
    kinds = _kinds("Lantern Row arrives on Netflix in September.")
    assert ("window", "2025-09", False) in kinds
