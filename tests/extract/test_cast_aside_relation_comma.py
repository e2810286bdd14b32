"""A reviewer's aside with a comma between the relation and the part ("X, as Tom's sister,
Juno, ...") is read as the one without ("X, as Tom's sister Juno, ...")."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_aside_with_a_relation_then_a_comma() -> None:
    found = facts(
        "Copper Bay review: a gentle farewell.",
        "Edda Marlowe, as Tom’s sister, Juno, does a great deal with two scenes.",
    )
    assert ("Edda Marlowe", "Juno") in served_pairs(found)


def test_an_aside_with_a_grandparent_then_a_comma() -> None:
    found = facts(
        "Harrow Lane review: uneven but warm.",
        "Tobias Hale, as Ivy's grandfather, Cornelius, steals every scene he is in.",
    )
    assert ("Tobias Hale", "Cornelius") in served_pairs(found)
