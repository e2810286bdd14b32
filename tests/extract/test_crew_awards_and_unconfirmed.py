"""A prize named for someone is no person doing the job ("won the Osborne award for editing"),
and a credit the article says is not confirmed is held."""

from __future__ import annotations

from tests.extract.helpers import credits, facts
from tests.extract.helpers import served_credits as served


def test_a_prize_named_for_someone_credits_no_editor() -> None:
    found = facts(
        "Editor Hanne Vogt, who cut Quarry Lane, has died aged 68.",
        "Her first feature, a wintry drama, took the Lindholm prize for editing.",
    )
    assert ("editor", "Lindholm") not in credits(found)
    assert ("editor", "Hanne Vogt") in served(found)


def test_an_award_for_directing_credits_no_director() -> None:
    found = facts(
        "Quarry Lane opens next month.",
        "The script won its writer the Marlow award for directing, oddly.",
    )
    assert not any(name == "Marlow" for _, name in credits(found))


def test_a_return_not_yet_confirmed_is_held() -> None:
    found = facts(
        "Quarry Lane is back for a film.",
        "Tomas Berg hasn't been officially confirmed to return as composer, but he posted a "
        "photo of a piano.",
    )
    assert ("composer", "Tomas Berg") not in served(found)


def test_a_director_yet_to_be_confirmed_is_held() -> None:
    found = facts(
        "Quarry Lane is back for a film.",
        "Ilse Marchetti is yet to be confirmed as director, though she is said to be keen.",
    )
    assert ("director", "Ilse Marchetti") not in served(found)


def test_a_confirmed_composer_is_served() -> None:
    found = facts(
        "Quarry Lane is back for a film.",
        "Tomas Berg returns as composer, the studio has confirmed.",
    )
    assert ("composer", "Tomas Berg") in served(found)
