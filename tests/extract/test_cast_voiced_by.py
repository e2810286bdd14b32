"""A part "voiced by" an actor is a casting, as "played by" is: "Tilly is voiced by X" in a
sentence or a list item of an animated film's voice cast."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_part_voiced_by_an_actor_in_a_sentence() -> None:
    found = facts(
        "The voice cast of the animated film Puffin Cove has been announced.",
        "Tilly, the hero's bossy sister, is voiced by Ramona Quist.",
    )
    assert ("Ramona Quist", "Tilly") in served_pairs(found)


def test_parts_voiced_by_actors_in_a_list() -> None:
    found = facts(
        "Here is who is who in the animated adventure Lantern Reef:",
        "* Mo's big sister Tilly is voiced by Ramona Quist",
        "* Uncle Bert will be voiced by Fenn Odair",
    )
    assert {("Ramona Quist", "Tilly"), ("Fenn Odair", "Uncle Bert")} <= served_pairs(found)
