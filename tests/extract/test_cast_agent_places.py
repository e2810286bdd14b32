"""After "voiced by", the word before "actor" says where the actor is from, not whom they play."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_place_before_actor_after_voiced_by_is_no_part() -> None:
    found = facts(
        "Harwick Sands is getting a Spanish-language version.",
        "In the dub, Dai is voiced by Lisbon actor Odd Stannard.",
    )
    assert not any(c.actor == "Odd Stannard" for c in found.cast if c.served)
