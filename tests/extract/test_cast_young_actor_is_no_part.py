""" "Young actor X", "Veteran actor X": a word describing the actor, not a first name before
"actor" that would be the part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_young_actor_is_no_part() -> None:
    found = facts(
        "Brannock Tide is filming in Whitby. Lowen Fitch plays DS Ludo Pennick.",
        "Young actor Orrin Taft, playing the Pennicks’ son Nim, does a final close-up.",
        title="Set diary: Brannock Tide",
    )
    assert not any(part == "Young" for _, part in pairs(found))
