"""A lone bracket pair set against an actor the same sentence has just cast ("X, who plays Y,
..., while Z (W) ...") compares two actors: the name outside the bracket is the actor. Story
prose with no actor cast before the "while" does not turn a pair that way. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The Brannoch film has started shooting, the studio said on Monday."


def test_a_pair_after_while_set_against_a_cast_actor_puts_the_actor_outside() -> None:
    found = facts(
        _LEDE,
        "Wenna Roscarrow, who plays Tamsin Quell, would chat to the crew between takes, the "
        "director recalls, while Perrin Mawle (Lowry Dunmarsh) kept to his trailer.",
    )
    served = served_pairs(found)
    assert ("Perrin Mawle", "Lowry Dunmarsh") in served
    assert ("Lowry Dunmarsh", "Perrin Mawle") not in served


def test_a_pair_in_story_prose_after_while_is_not_turned() -> None:
    found = facts(
        _LEDE,
        "In the opening scene Tamsin Quell sulks on the quay, while Lowry Dunmarsh (Perrin "
        "Mawle) mends the nets.",
    )
    assert ("Lowry Dunmarsh", "Perrin Mawle") not in served_pairs(found)
