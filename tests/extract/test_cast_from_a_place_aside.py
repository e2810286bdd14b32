"""A hometown aside between the actor and the verb ("X, from Leeds, plays Y"), on invented text:
the casting is still read."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_from_a_place_aside_before_the_verb_keeps_the_casting() -> None:
    for text in (
        "Tova Rees, from Ballyconneely, plays Greta Moll, a first-year who lodges with Juno.",
        "Tova Rees, from North Berwick, will play Greta Moll.",
    ):
        found = pairs(facts("Copper Bay casts.", text, title="Copper Bay casts its students"))
        assert ("Tova Rees", "Greta Moll") in found
