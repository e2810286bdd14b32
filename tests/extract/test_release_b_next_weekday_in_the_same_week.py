""" "Next Friday" told two or three days before a Friday names the Friday of the week after: that
week's own would be "Friday", "this Friday" or "tomorrow". Told further ahead ("next Sunday" on
a Monday) or from a day past it in the week, "next" is the coming one. Invented text."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Tamsin Orrell on Gorse Hollow"


def test_next_friday_told_on_a_thursday_is_eight_days_on() -> None:
    days = served_days("Gorse Hollow lands on Lumen next Friday.", title=_TITLE, date="2027-03-11")
    assert ("premiere_date", "2027-03-19") in days
    assert ("premiere_date", "2027-03-12") not in days


def test_next_friday_told_on_a_tuesday_is_the_week_after() -> None:
    days = served_days(
        "Gorse Hollow opens in cinemas next Friday.", title=_TITLE, date="2027-03-09"
    )
    assert ("premiere_date", "2027-03-19") in days
    assert ("premiere_date", "2027-03-12") not in days


def test_next_sunday_told_on_a_monday_is_the_coming_one() -> None:
    days = served_days(
        "Gorse Hollow begins on Channel 5 next Sunday.", title=_TITLE, date="2027-03-08"
    )
    assert ("premiere_date", "2027-03-14") in days


def test_next_monday_told_on_a_friday_is_the_coming_one() -> None:
    days = served_days("Gorse Hollow lands on Lumen next Monday.", title=_TITLE, date="2027-03-12")
    assert ("premiere_date", "2027-03-15") in days
