"""A pose or a post with a list of bracketed pairs ("poses with Ada Vale (Mira Holt) and Tom
Reed (Cal Vosh)"), on invented text: people pose, parts do not, so every pair of the list has
its actor outside the bracket; a list in story prose after "with" still reads part first."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The cast of Kellow Down walked the carpet in Truro on Monday night."


def test_every_pair_posed_with_puts_the_actor_outside() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "3/9 Bram Tey, who plays Wilf Carrow, posed for photographers with Tamsin Orlo"
            " (Gus Penn) and Kit Amber (Nessa Polglase). Photo: Agency",
        )
    )
    assert ("Tamsin Orlo", "Gus Penn") in found, found
    assert ("Kit Amber", "Nessa Polglase") in found, found
    assert ("Gus Penn", "Tamsin Orlo") not in found, found
    assert ("Nessa Polglase", "Kit Amber") not in found, found


def test_story_prose_with_a_list_keeps_the_part_first() -> None:
    found = served_pairs(
        facts(
            "Kellow Down, the wartime drama, opens on a flooded harbour town.",
            "Wilf spends the war fishing with Gus Penn (Tamsin Orlo) and Nessa Quick (Hale"
            " Dunmore).",
        )
    )
    assert ("Tamsin Orlo", "Gus Penn") in found, found
    assert ("Gus Penn", "Tamsin Orlo") not in found, found
