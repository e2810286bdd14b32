"""A possessive over two parts that ends the phrase ("a farewell to Ada Vale's Mira and Kit,
...") names their creator, not a player; "Ada Vale's Mira and Tom Reed's Kit are ..." and
"Ada Vale's Mira and her brother" stay castings (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Filming on Lowmoor began on Monday in Whitby."


def test_a_possessive_over_two_parts_is_no_casting() -> None:
    for sentence in (
        "Lowmoor, Vela's farewell to Brisa Tallant's Wren and Odo, runs to six weeks.",
        "It is the last outing for Brisa Tallant's Wren and Odo.",
    ):
        found = facts(_LEDE, sentence)
        assert not {a for a, _ in pairs(found)} & {"Brisa Tallant"}, sentence


def test_a_possessive_pair_of_players_stays() -> None:
    found = facts(_LEDE, "Brisa Tallant's Wren and Corm Hadley's Odo are the heart of it.")
    assert ("Brisa Tallant", "Wren") in pairs(found)
