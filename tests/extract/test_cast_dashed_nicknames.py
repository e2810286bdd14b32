"""A nickname in quotation marks inside a dashed list's part ("Tom "Tommo" Wragg") is part of the
name, not a work the line credits the part to: the casting is served like its neighbours (the
list's order settled by an honorific on another line)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_straight_quoted_nickname_in_a_dashed_part() -> None:
    found = facts(
        "Cameras are rolling again on Marrowby, Channel 5 confirmed.",
        "Returning:",
        "* Ilka Brandt – Dr Josephine Pell",
        '* Osian Meredydd – Robert "Bobby" Tarrant',
    )
    assert ("Osian Meredydd", "Robert Tarrant") in served_pairs(found)


def test_a_curly_quoted_nickname_in_a_dashed_part() -> None:
    found = facts(
        "Cameras are rolling again on Marrowby, Channel 5 confirmed.",
        "Who's back:",
        "- Ilka Brandt – Mrs Josephine Pell",
        "- Osian Meredydd – Margaret “Peg” Tarrant",
    )
    assert ("Osian Meredydd", "Margaret Tarrant") in served_pairs(found)
