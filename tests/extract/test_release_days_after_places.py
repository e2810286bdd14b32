"""A shoot's planned day told after the places it happens in ("cameras set to roll in Leeds and
north Wales on 9 July") keeps its day: a place's lower-case quarter ("north", "south-east") and
a pair of places do not cut the plan from its day."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_roll_in_a_place_and_a_quarter_of_another_keeps_the_day() -> None:
    found = release_kinds(
        "The Marrowfield drama has added three newcomers ahead of a shoot in Leeds that begins "
        "next month.",
        "The Marrowfield drama has added three names to its cast, with cameras set to roll in "
        "Leeds and north Wales on 9 July.",
        date="2031-06-20",
        title="Marrowfield adds three to cast",
    )
    assert ("filming_planned", "2031-07-09", False) in found
    assert ("filming_planned", "2031-07", False) not in found


def test_a_start_in_two_named_places_keeps_the_day() -> None:
    found = release_kinds(
        "Filming on Marrowfield is due to begin in Hull and York on 3 September.",
        date="2031-06-20",
        title="Marrowfield: filming news",
    )
    assert ("filming_planned", "2031-09-03", False) in found


def test_a_start_in_a_south_eastern_quarter_keeps_the_day() -> None:
    found = release_kinds(
        "Marrowfield cameras are set to roll in Dover and south-east London on 14 August.",
        date="2031-06-20",
        title="Marrowfield: filming news",
    )
    assert ("filming_planned", "2031-08-14", False) in found
