"""A part introduced alone and its actor then given with a pronoun ("Then there's Nana Prowse.
She's played by Ada Vale."; "Next up is Mira Holt. He is played by Tom Reyes.") is a casting;
a sentence before that does more than introduce the name leaves the pronoun unread."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_then_theres_a_part_and_shes_played_by() -> None:
    found = facts(
        "The Lantern Years trailer is finally out and I have thoughts.",
        "Then there's Aunt Perpetua. She's played by Morwenna Treloar-Quist and she steals "
        "every scene.",
    )
    assert ("Morwenna Treloar-Quist", "Aunt Perpetua") in served_pairs(found)


def test_next_up_is_a_part_and_he_is_played_by() -> None:
    found = facts(
        "Here's everyone we spotted in the Lantern Years trailer.",
        "Next up is Benedict Rowe. He is played by Hamish Okafor, who looks great in a cravat.",
    )
    assert ("Hamish Okafor", "Benedict Rowe") in served_pairs(found)


def test_a_sentence_that_says_more_leaves_the_pronoun_unread() -> None:
    found = facts(
        "Lantern Years has a new trailer.",
        "Benedict Rowe gets a subplot about Ottilie Marsh. She's played by Priya Castellano.",
    )
    assert ("Priya Castellano", "Benedict Rowe") not in served_pairs(found)
