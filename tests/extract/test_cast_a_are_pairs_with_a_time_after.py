"""Actors "are" their parts in order, the list followed by a time ("one last time", "once
more"), on invented text: the pairs are read; words that tell the people, not parts, stay
unread with the same time after them."""

from __future__ import annotations

from tests.extract.helpers import TIN_VEIN_RETURNS_LEDE, facts, served_pairs


def test_a_time_after_the_parts_ends_the_list() -> None:
    found = served_pairs(
        facts(
            TIN_VEIN_RETURNS_LEDE,
            "Wenna Trask and Hollis Quarne are Morwen and Edwin one last time.",
        )
    )
    assert ("Wenna Trask", "Morwen") in found, found
    assert ("Hollis Quarne", "Edwin") in found, found


def test_once_more_after_the_parts_ends_the_list() -> None:
    found = served_pairs(
        facts(
            TIN_VEIN_RETURNS_LEDE,
            "Wenna Trask and Hollis Quarne are Morwen and Edwin once more, and sparkle.",
        )
    )
    assert ("Hollis Quarne", "Edwin") in found, found


def test_words_for_people_are_no_parts() -> None:
    found = served_pairs(
        facts(
            TIN_VEIN_RETURNS_LEDE,
            "Wenna Trask and Hollis Quarne are Catholic and Protestant once more.",
        )
    )
    assert not found, found
