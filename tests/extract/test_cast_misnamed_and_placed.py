"""A caption's error ("X was misidentified as Y") is no casting, and a town before a review's
bracket ("an inspector from Dorrow (X, wasted)") is no part (invented text)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Quillmere, the Channel 4 drama, arrives on 17 April."


def test_a_misidentified_actor_is_no_casting_of_the_other_name() -> None:
    found = facts(
        _LEDE,
        "In a caption, the actor Tamsin Orrery was misidentified as Pell Dunvelle. Orrery "
        "plays Wenna Tresillick; Dunvelle plays Ivo Penhale.",
    )
    served = served_pairs(found)
    assert ("Tamsin Orrery", "Pell Dunvelle") not in served
    assert {("Tamsin Orrery", "Wenna Tresillick"), ("Pell Dunvelle", "Ivo Penhale")} <= served


def test_a_town_before_a_remarked_bracket_is_no_part() -> None:
    found = facts(
        _LEDE,
        "A subplot involving a visiting clerk from Carrowgale (Fenwick Ashdale, wasted) fizzles.",
        "Juno (Edda Quarrington, never better) holds it together.",
    )
    served = served_pairs(found)
    assert not any(char == "Carrowgale" for _, char in served)
    assert "Fenwick Ashdale" in found.people
    assert ("Edda Quarrington", "Juno") in served
