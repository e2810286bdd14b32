"""A part after a description of four words: "plays the dead man's estranged younger sister,
Y"."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_four_words_of_description_before_the_part() -> None:
    found = facts(
        "Quarry Lane is the best drama of the week.",
        "Petra Lindqvist plays the missing man’s older sister, Hanne Vogt, with real bite.",
    )
    assert ("Petra Lindqvist", "Hanne Vogt") in pairs(found)


def test_four_words_of_description_after_as() -> None:
    found = facts(
        "Quarry Lane has added to its cast.",
        "Osman Reyes joins as the village’s grumpy retired postman, Tomas Berg.",
    )
    assert ("Osman Reyes", "Tomas Berg") in pairs(found)
