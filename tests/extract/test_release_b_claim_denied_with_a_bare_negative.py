"""A claimed date the same sentence denies with a bare negative ("; it didn't, and it won't")
is not stated, on invented text. A negative with its own verb denies nothing of the claim."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Lantern Reach megathread: the date is here"


def _days(*paragraphs: str) -> set[tuple[str, str]]:
    return served_days(*paragraphs, title=_TITLE, date="2027-01-12")


def test_a_users_claim_denied_after_a_semicolon_is_dropped() -> None:
    days = _days(
        "Corvane has confirmed Lantern Reach lands on 9 April.",
        "A video doing the rounds said Lantern Reach lands on 3 March; it doesn't, so relax.",
    )
    assert ("premiere_date", "2027-03-03") not in days
    assert ("premiere_date", "2027-04-09") in days


def test_a_claim_denied_after_a_dash_is_dropped() -> None:
    days = _days("A fan account swore Lantern Reach arrives on 5 February - it won't.")
    assert ("premiere_date", "2027-02-05") not in days


def test_a_negative_with_its_own_verb_keeps_the_date() -> None:
    days = _days("Corvane said Lantern Reach will premiere on 9 April; it won't be delayed again.")
    assert ("premiere_date", "2027-04-09") in days
