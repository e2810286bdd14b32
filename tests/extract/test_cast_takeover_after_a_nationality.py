"""A nationality (or origin) opening "<Nationality> actress X has joined ..., taking over the
role of Y from Z" is a description, not the new actor: X takes over Y."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_nationality_and_a_role_noun_before_the_new_actor() -> None:
    found = facts(
        "Danish actress Sigrid Vesterholm has joined the Lantern Years film, taking over the "
        "role of Professor Ottilie Marsh from Priya Castellano, who has left the production.",
    )
    served = served_pairs(found)
    assert ("Sigrid Vesterholm", "Professor Ottilie Marsh") in served


def test_a_nationality_and_a_star_before_the_new_actor() -> None:
    found = facts(
        "Lantern Years has recast a lead.",
        "Welsh star Idris Penhallow, 52, is taking over the part of Benedict Rowe from Hamish "
        "Okafor.",
    )
    assert ("Idris Penhallow", "Benedict Rowe") in served_pairs(found)
