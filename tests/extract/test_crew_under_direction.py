"""Directing told as work done under someone's direction (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Lantern Bay review: a quiet, generous farewell"
_LEDE = "Lantern Bay, the film finale of the coastal drama, lands on Netflix this week."


def test_under_a_possessive_direction_credits_the_director() -> None:
    found = facts(
        _LEDE,
        "Here, under Ines Morrow’s direction, the long scenes are allowed to breathe.",
        title=_TITLE,
    )
    assert ("director", "Ines Morrow") in credits(found)


def test_under_the_direction_of_credits_the_director() -> None:
    found = facts(
        _LEDE,
        "It was shot over ten weeks in Devon under the direction of Halvard Brune, the"
        " Norwegian-born director.",
        title=_TITLE,
    )
    assert ("director", "Halvard Brune") in credits(found)


def test_under_the_direction_of_in_another_quoted_work_is_no_credit() -> None:
    found = facts(
        _LEDE,
        "She spent a season in “Glasshouse” under the direction of Omar Quint.",
        title=_TITLE,
    )
    assert ("director", "Omar Quint") not in credits(found)


def test_under_the_musical_direction_of_credits_no_director() -> None:
    found = facts(
        _LEDE,
        "The choir scenes were recorded under the musical direction of Tamsin Ardley.",
        title=_TITLE,
    )
    assert ("director", "Tamsin Ardley") not in credits(found)
