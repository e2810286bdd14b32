"""A bracket pair joined to an actor cast by a "back as" aside ("X, back as Y, and Z (W) ..."),
on invented text: cast news names actors first, so the name outside the bracket is the actor;
a pair after a plain story clause with no such casting is not turned by it."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "A rainy Thursday with the cast and crew of the Kellow Down film on the Cornish coast."


def test_a_pair_after_a_back_as_aside_puts_the_actor_outside() -> None:
    found = facts(
        _LEDE,
        "12:15. Hale Dunmore, back as Wilf Carrow, and Tamsin Orlo (Gus Penn) run lines beneath"
        " an awning while the crew eat pasties.",
    )
    served = served_pairs(found)
    assert ("Hale Dunmore", "Wilf Carrow") in served, found.cast
    assert ("Tamsin Orlo", "Gus Penn") in served, found.cast
    assert ("Gus Penn", "Tamsin Orlo") not in pairs(found), found.cast


def test_a_pair_after_a_story_clause_is_not_turned() -> None:
    found = facts(
        "The first full trailer for Kellow Down, the wartime drama, arrived on Tuesday.",
        "Wilf comes back from sea, and Gus Penn (Tamsin Orlo) waits for him on the quay.",
    )
    assert ("Gus Penn", "Tamsin Orlo") not in served_pairs(found), found.cast
