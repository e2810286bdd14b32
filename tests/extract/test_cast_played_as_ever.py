"""A returning part "played as ever by" or "as always by" its actor is a casting like "played
again by", which stays as it was."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Quarry Lane returns for a final series on Sunday, the BBC said."


def test_played_as_ever_by_casts_the_part() -> None:
    found = served_pairs(
        facts(_LEDE, "Wenna Tresize, played as ever by Ines Mallory, runs the inn.")
    )
    assert found == {("Ines Mallory", "Wenna Tresize")}


def test_played_as_always_by_casts_the_part() -> None:
    found = served_pairs(facts(_LEDE, "Jory Pascoe, played as always by Ned Halloran, is back."))
    assert found == {("Ned Halloran", "Jory Pascoe")}


def test_played_again_by_still_casts_the_part() -> None:
    found = served_pairs(facts(_LEDE, "Wenna Tresize, played again by Ines Mallory, runs the inn."))
    assert found == {("Ines Mallory", "Wenna Tresize")}
