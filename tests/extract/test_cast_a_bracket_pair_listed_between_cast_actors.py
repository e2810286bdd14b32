"""A bracket pair listed between two actors each cast by "who plays" ("X, who plays Y, Z (W),
and V, who plays U") is one more actor with a part: the name outside is the actor. A part
glossed after one such actor, with no actor after it, is not turned. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The Brannoch film had its premiere in Truro on Friday, the studio said."


def test_a_pair_between_two_who_plays_actors_puts_the_actor_outside() -> None:
    found = facts(
        _LEDE,
        "Walking the carpet were Wenna Roscarrow, who plays Tamsin Quell, Perrin Mawle "
        "(Lowry Dunmarsh), and Ysolde Carrick, who plays the harbour pilot Ennis.",
    )
    served = served_pairs(found)
    assert ("Perrin Mawle", "Lowry Dunmarsh") in served
    assert ("Lowry Dunmarsh", "Perrin Mawle") not in served


def test_a_part_glossed_after_one_actor_is_not_turned() -> None:
    found = facts(
        _LEDE,
        "Wenna Roscarrow, who plays Tamsin, greets her old friend, Lowry Dunmarsh (Perrin "
        "Mawle), on the quay.",
    )
    assert ("Lowry Dunmarsh", "Perrin Mawle") not in served_pairs(found)
