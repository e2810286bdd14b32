"""A question in the inverted order about an old plan ("Wasn't it meant to be out in May?")
recalls a date given up, not the release: its window is not served."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: the trailer is here"
_LEDE = "Harbourlight has released the first trailer for Copper Bay, its coastal mystery."


def test_an_old_plan_asked_in_the_inverted_order_is_not_a_window() -> None:
    for question in (
        "Wasn't this meant to be out in November? I swear they said autumn.",
        "Wasn't it supposed to land in November?",
        "Was the series not due to arrive in November?",
    ):
        found = release_kinds(_LEDE, question, date="2026-01-20", title=_TITLE)
        assert not any(kind == "window" for kind, _, _ in found), question


def test_a_plain_question_about_a_coming_month_stays_as_it_was() -> None:
    found = release_kinds(
        _LEDE,
        "Copper Bay will be out in November, Harbourlight said.",
        date="2026-01-20",
        title=_TITLE,
    )
    assert ("window", "2026-11", False) in found
