"""A casting whose own clause goes on, with no pronoun, to the actor leaving ("X, who was cast as
Mira's father Y but left in March"), on invented text: the casting is true but over, so it is
former; a described part's own life ("Y, a nurse who married young but left in 1962") is no
leaving of the actor's."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, served_pairs

_LEDE = "Kellow Down, Sky's wartime drama, held its first fan panel in Truro on Saturday."


def test_cast_but_left_is_former() -> None:
    found = facts(
        _LEDE,
        "Missing from the panel: Bram Tey, who was cast as Wilf's father Elder Penrose but"
        " left in March.",
    )
    assert ("Bram Tey", "Elder Penrose") in former_pairs(found), found.cast


def test_a_parts_own_leaving_keeps_the_casting_current() -> None:
    found = facts(
        _LEDE, "Bram Tey plays Nessa Polglase, a nurse who married young but left in 1962."
    )
    assert ("Bram Tey", "Nessa Polglase") in served_pairs(found), found.cast
    assert ("Bram Tey", "Nessa Polglase") not in former_pairs(found), found.cast
