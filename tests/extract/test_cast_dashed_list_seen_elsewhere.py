"""A dashed list of two full names each ("Part – Actor"), that no other sign settles, is settled
by one name's current turn elsewhere ("X can currently be seen in Z", "X is also starring in
Z"): only a person (an actor) is said to be, and the list keeps one order."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_can_currently_be_seen_in_settles_the_list() -> None:
    found = facts(
        "The Lantern Years cast",
        "Most of the old faces are back. Here is the line-up:",
        "Ottilie Marsh – Priya Castellano",
        "Benedict Rowe – Hamish Okafor",
        "Winifred Lusk – Dagny Holm",
        "Missing the gang already? Dagny Holm can currently be seen in Channel 4's Low Water.",
    )
    served = served_pairs(found)
    assert ("Priya Castellano", "Ottilie Marsh") in served
    assert ("Hamish Okafor", "Benedict Rowe") in served
    assert ("Dagny Holm", "Winifred Lusk") in served


def test_is_also_starring_in_settles_the_list_the_other_way_round() -> None:
    found = facts(
        "The Lantern Years: who's who",
        "Priya Castellano – Ottilie Marsh",
        "Hamish Okafor – Benedict Rowe",
        "Meanwhile Hamish Okafor is also starring in the stage run of Bright Fen.",
    )
    served = served_pairs(found)
    assert ("Priya Castellano", "Ottilie Marsh") in served
    assert ("Hamish Okafor", "Benedict Rowe") in served


def test_without_a_sign_the_list_stays_held() -> None:
    found = facts(
        "The Lantern Years cast",
        "Ottilie Marsh – Priya Castellano",
        "Benedict Rowe – Hamish Okafor",
    )
    assert not served_pairs(found)
