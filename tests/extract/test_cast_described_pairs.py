"""Two actors and two parts, each part told with who it is ("A and B, who play Tom's flatmate
X and club captain Y"), on invented text: paired in order, never crosswise."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Copper Bay adds two newcomers to its cast."


def test_described_parts_pair_in_order() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "The teaser shows newcomers Orla Kestle and Sefa Marchetti, who play Juno’s "
            "flatmate Wren Hollis and rowing club captain Dov Arkwright, in their first scene.",
        )
    )
    assert ("Orla Kestle", "Wren Hollis") in found
    assert ("Sefa Marchetti", "Dov Arkwright") in found


def test_a_plural_verb_never_gives_the_last_name_the_first_part() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Orla Kestle and Sefa Marchetti, who play Juno’s flatmate Wren Hollis and the "
            "captain of the rowing club that Juno joins, Dov Arkwright, arrive in episode two.",
        )
    )
    assert ("Sefa Marchetti", "Wren Hollis") not in found
    assert ("Orla Kestle", "Dov Arkwright") not in found


def test_a_single_actor_with_a_modal_still_plays_the_part() -> None:
    found = served_pairs(facts(_LEDE, "Orla Kestle, who will play Wren Hollis, arrives next week."))
    assert ("Orla Kestle", "Wren Hollis") in found
