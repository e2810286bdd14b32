"""A later "is" item after a "plays" clause may tell who the part is before naming it ("X plays
Mira, and Y is her feckless son Tom"): the "plays" carries over. A "plays" clause followed by
an "is" that names no part ("Y is a former nurse", "Y is Tom's father") gives none. Invented
text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "The Brannoch drama begins on BBC One on Sunday, the broadcaster said."


def test_an_is_item_with_a_descriptor_after_plays_is_a_casting() -> None:
    found = facts(
        _LEDE,
        "Ysolde Carrick plays the widowed innkeeper, Tamsin, and Perrin Mawle is her feckless "
        "son Lowry.",
        "Odile Ferracane plays a harbour pilot, and Wenna Hosking is ferry captain Jory Penrose.",
    )
    served = served_pairs(found)
    assert ("Perrin Mawle", "Lowry") in served
    assert ("Wenna Hosking", "Jory Penrose") in served


def test_an_is_item_naming_no_part_is_no_casting() -> None:
    found = facts(
        _LEDE,
        "Ysolde Carrick plays Tamsin, and Perrin Mawle is a former nurse from Truro.",
        "Odile Ferracane plays Wenna, and Jory Penrose is Tamsin's father.",
        "Lowry Dunmarsh plays Kit, and Mabyn Treloar is the village's new GP, Dr Cadan Vosper.",
    )
    served = served_pairs(found)
    assert {actor for actor, _ in served} == {"Ysolde Carrick", "Odile Ferracane", "Lowry Dunmarsh"}
    assert not any(part == "GP" for _, part in pairs(found))
