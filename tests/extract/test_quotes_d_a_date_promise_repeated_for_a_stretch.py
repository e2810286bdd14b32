"""A date phrase in marks after a stretch of time spent on it ("after a year of “...”") is a
promise long repeated, no one's quote; a date phrase someone is said to give stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The BBC has dated Gannet Row, the drama starring Kestle Trewin, for 9 May."


def test_a_date_phrase_after_months_of_is_not_served() -> None:
    found = facts(
        _LEDE,
        "After nearly a year of “coming in 2027”, viewers at last have a day to plan around.",
        date="2027-02-01",
    )
    assert not any(q.served and q.text.startswith("coming in 2027") for q in found.quotes)


def test_a_date_phrase_a_person_gives_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Kestle Trewin told the Radio Times the show was “coming in 2027” well before the date"
        " was set.",
        date="2027-02-01",
    )
    assert any(q.served and q.text.startswith("coming in 2027") for q in found.quotes)
