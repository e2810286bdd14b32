"""A reviewer's "X, as Tom's Danish neighbour Y, is ..." casts X as Y: a nationality before the
relation describes the part, as a lower-case word does."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_nationality_before_the_relation_in_an_as_aside() -> None:
    found = facts(
        "Harrowgate is the rare sequel that improves on its original.",
        "Birgit Solheim, as Ellie’s Norwegian landlady Greta, steals every scene she is in.",
    )
    assert ("Birgit Solheim", "Greta") in served_pairs(found)


def test_a_nationality_and_a_comma_in_an_as_aside() -> None:
    found = facts(
        "Harrowgate is the rare sequel that improves on its original.",
        "Tomás Ferrer, as Ellie's Spanish flatmate, Paco, is a riot.",
    )
    assert ("Tomás Ferrer", "Paco") in served_pairs(found)
