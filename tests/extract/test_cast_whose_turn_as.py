"""A relative "whose turn as P" names the actor's part: "Ada Osei, whose deadpan turn as Tom's
aunt Ruth stole the night, said ..." (as "Ada Osei's turn as Ruth" does)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_whose_turn_as_a_described_part() -> None:
    found = facts(
        "Lanternfall opened the festival on Friday.",
        "Newcomer Bram Oduya, whose scene-stealing turn as Tom's cousin Wren Hale drew the "
        "biggest laughs, said he was still nervous.",
    )
    assert ("Bram Oduya", "Wren Hale") in served_pairs(found)


def test_whose_performance_as_a_named_part() -> None:
    found = facts(
        "Lanternfall opened the festival on Friday.",
        "Gwen Tarrow, whose performance as Ida Brisk closes the film, was in tears.",
    )
    assert ("Gwen Tarrow", "Ida Brisk") in served_pairs(found)
