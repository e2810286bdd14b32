"""A time the makers tell as their hope or guess after it ("called a spring 2027 launch “the
dream”", "sees a release in 2027 as the ambition") is hedged; a time told plainly before a
quotation of something else is not. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Pennock Moor: what we know"
_LEDE = "The Dales western Pennock Moor has cast its last two parts, its makers said."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-03-10", title=_TITLE)


def test_a_year_a_producer_called_the_dream_is_hedged() -> None:
    assert _found(
        "No date is fixed, though its producer called a cinema release in 2027 “the dream”."
    ) == {("not_announced", "", False), ("window", "2027", True)}


def test_a_year_a_distributor_sees_as_the_ambition_is_hedged() -> None:
    assert _found("The distributor sees a cinema release in 2027 as the ambition.") == {
        ("window", "2027", True)
    }


def test_a_year_said_plainly_before_another_quotation_is_plain() -> None:
    assert ("window", "2027", False) in _found(
        "Pennock Moor opens in cinemas in 2027, and the cast call it “a gift”."
    )
