"""Wrapping one location of a shoot that goes on elsewhere ("wraps its coastal shoot on Friday
before moving on to studio work") is not the production's wrap."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_location_wrapped_before_moving_on_is_not_the_wrap() -> None:
    found = release_kinds(
        "Dana Orly was seen filming Tin Harbour on the seafront this week.",
        "The production wraps its Margate shoot on Friday before moving on to studio work in "
        "Leeds.",
        date="2031-06-04",
        title="Tin Harbour stars spotted on set",
    )
    assert not any(kind == "filming_wrapped" for kind, _, _ in found)


def test_a_location_leg_finished_before_heading_to_the_studio_is_not_the_wrap() -> None:
    found = release_kinds(
        "Tin Harbour has been filming in Cornwall since May.",
        "The crew wrapped the Cornish leg on 3 June before heading to the studio in Bristol.",
        date="2031-06-10",
        title="Tin Harbour moves to the studio",
    )
    assert not any(kind == "filming_wrapped" for kind, _, _ in found)


def test_a_plain_wrap_still_counts() -> None:
    found = release_kinds(
        "Tin Harbour has been filming in Cornwall since May.",
        "Filming on Tin Harbour wrapped on 3 June.",
        date="2031-06-10",
        title="Tin Harbour wraps",
    )
    assert ("filming_wrapped", "2031-06-03", False) in found


def test_a_wrap_told_beside_where_the_shoot_moved_still_counts() -> None:
    found = release_kinds(
        "Tin Harbour has been filming in Cornwall since May.",
        "Filming wrapped on 3 June, with most of the shoot in Truro before moving to a studio "
        "in Bristol.",
        date="2031-06-10",
        title="Tin Harbour wraps",
    )
    assert ("filming_wrapped", "2031-06-03", False) in found
