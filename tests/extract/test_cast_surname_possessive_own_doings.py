"""A surname's possessive before the person's own doings ("Taft's own story") tells that the
bracketed pair's outer name is the person."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_surnames_own_story_makes_the_outer_name_the_actor() -> None:
    found = facts(
        "Filming on Brannock Tide has wrapped.",
        "Lowen Fitch, who plays Ludo Pennick, shared a clip of himself and Orrin Taft (Nim Sallow)"
        " on set. Taft's own story carried a one-line caption.",
        title="Brannock Tide wraps",
    )
    assert ("Orrin Taft", "Nim Sallow") in served_pairs(found)
    assert ("Nim Sallow", "Orrin Taft") not in pairs(found)
