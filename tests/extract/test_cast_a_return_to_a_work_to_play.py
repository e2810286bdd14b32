"""The name after "return to" is a work or place gone back to, never the actor: "he turned down a
return to Copper Sky to play Kit", "Returning to Port Elvan to play Lou was easy" (invented
sentences in several outlets' phrasings)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Harbour Lights begins on Sunday."


def test_the_name_after_return_to_is_no_actor() -> None:
    for sentence in (
        "Coming up: Tobi Adeyemi on why he turned down a return to Copper Sky to play Kit.",
        "She said returning to Port Elvan to play Lou felt like coming home.",
        "He returns to Copper Sky to play Kit once more next year.",
    ):
        found = facts(_LEDE, sentence)
        assert not {a for a, _ in pairs(found)} & {"Copper Sky", "Port Elvan"}, sentence


def test_a_chosen_actor_to_play_a_part_is_still_cast() -> None:
    found = facts(_LEDE, "The producers chose Tobi Adeyemi to play Kit.")
    assert ("Tobi Adeyemi", "Kit") in pairs(found)
