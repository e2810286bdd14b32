"""A credit whose maker is told by their trade before the name ("created and written by stand-up
X", "written by stand-up comedian X") names X in each job; the trade is no crew job of its own,
and a stand-up merely thanked or booked is credited with nothing (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_TITLE = "Gull Terrace: the new seaside sitcom, reviewed"
_LEDE = "Gull Terrace, a six-part comedy about a caravan site in Rhyl, begins on BBC Three tonight."


def _credits(sentence: str) -> set[tuple[str, str]]:
    return served_credits(facts(_LEDE, sentence, date="2026-04-02", title=_TITLE))


def test_the_stand_ups_jobs_are_credited() -> None:
    found = _credits(
        "The series, created and written by stand-up Tamsin Oyelowo-Hart, also stars Reg Pim."
    )
    assert {("creator", "Tamsin Oyelowo-Hart"), ("writer", "Tamsin Oyelowo-Hart")} <= found
    found = _credits("It was written by stand-up comedian Pell Varga and shot in a week.")
    assert ("writer", "Pell Varga") in found


def test_a_stand_up_with_no_credit_is_no_maker() -> None:
    found = _credits("The warm-up act at the launch was stand-up Pell Varga, who was booed.")
    assert not any(name == "Pell Varga" for _, name in found)
