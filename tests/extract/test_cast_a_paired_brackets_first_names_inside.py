"""Two actors, then their two parts' first names in one bracket, on invented text: "A B and C D
(X and Y)" pairs them in order, as "A B (X)" does one pair; parts first with the actors in the
bracket may close on "respectively"; full names on both sides are left to what the article
settles (here nothing), not guessed."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The cast of Lowmoor gathered in Truro for the premiere of the Streamly film."


def test_first_names_in_the_bracket_are_the_parts() -> None:
    found = served_pairs(
        facts(_LEDE, "Wenna Trask and Jory Pascoe (Ivo and Senara) pose with fans.")
    )
    assert ("Wenna Trask", "Ivo") in found, found
    assert ("Jory Pascoe", "Senara") in found, found


def test_parts_first_with_respectively_in_the_bracket() -> None:
    found = served_pairs(
        facts(_LEDE, "Ivo and Senara (Wenna Trask and Jory Pascoe, respectively) are back.")
    )
    assert ("Wenna Trask", "Ivo") in found, found
    assert ("Jory Pascoe", "Senara") in found, found


def test_full_names_on_both_sides_are_not_guessed() -> None:
    found = served_pairs(
        facts(_LEDE, "Wenna Trask and Jory Pascoe (Ivo Laity and Senara Pook) pose with fans.")
    )
    assert not found, found
