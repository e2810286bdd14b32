"""A speaker's month, then its day on its own: "last March, on the ninth", "in June, on the
2nd": one day of that month, not the month from its start. Invented text."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Ivo Brack on making Copper Vane"


def test_last_month_then_on_the_ordinal_word_is_that_day() -> None:
    days = served_days(
        "BRACK: We started filming last March, on the ninth, and it snowed for a week.",
        title=_TITLE,
        date="2027-01-20",
    )
    assert ("filming_started", "2026-03-09") in days
    assert ("filming_started", "2026-03") not in days


def test_month_then_on_the_figure_ordinal_is_that_day() -> None:
    days = served_days(
        "BRACK: We wrapped in October, on the 3rd, in a car park in Hull.",
        title=_TITLE,
        date="2027-01-20",
    )
    assert ("filming_wrapped", "2026-10-03") in days
    assert ("filming_wrapped", "2026-10") not in days


def test_an_ordinal_with_a_noun_after_it_is_no_day() -> None:
    days = served_days(
        "BRACK: We wrapped in October, the first month of the rains.",
        title=_TITLE,
        date="2027-01-20",
    )
    assert not any(kind == "filming_wrapped" and len(day) > 7 for kind, day in days)
