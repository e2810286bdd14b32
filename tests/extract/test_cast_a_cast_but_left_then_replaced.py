"""A leaver told in a "who" clause that then leaves and is replaced ("X, who was cast as Mira's
father Y but left in March and was replaced by Z"), on invented text: the successor takes the
part; a "who" clause on someone's leaving a band, with no casting, gives no one a part."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, pairs, served_pairs

_LEDE = "Kellow Down, Sky's wartime drama, held its first fan panel in Truro on Saturday."


def test_the_successor_takes_the_leavers_part() -> None:
    found = facts(
        _LEDE,
        "Missing from the panel: Bram Tey, who was cast as Wilf's father Elder Penrose but left"
        " in March and was replaced by Kit Amber.",
    )
    assert ("Kit Amber", "Elder Penrose") in served_pairs(found), found.cast
    assert ("Bram Tey", "Elder Penrose") in former_pairs(found), found.cast


def test_a_who_clause_with_no_casting_moves_no_part() -> None:
    found = facts(
        _LEDE,
        "Tamsin Orlo plays Gus Penn. The score is by Bram Tey, who left his band in March and"
        " was replaced by Kit Amber.",
    )
    assert not any(actor == "Kit Amber" for actor, _ in pairs(found)), found.cast
