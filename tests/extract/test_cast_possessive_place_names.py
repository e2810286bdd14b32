"""A place named with a possessive ("<Name>'s Bay", "<Name>'s Cove", "<Name>'s Island") in a
filming or setting line is no actor's part, however the outlet writes where the shoot went."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "ITV drama ‘Greenroom’ wraps filming"
_LEDE = "Petra Lund stars as Mia Sorel in Greenroom."


def _actors(sentence: str) -> set[str]:
    return {c.actor for c in facts(_LEDE, sentence, title=_TITLE).cast}


def test_a_coastal_village_is_no_part() -> None:
    for sentence in (
        "Most of the exteriors were shot up the coast, at Brill Quay and Hal Ostrey’s Bay.",
        "The unit spent a month round Dunmere and Lia Pask's Cove.",
    ):
        assert _actors(sentence) == {"Petra Lund"}, sentence


def test_a_cove_island_or_point_is_no_part() -> None:
    for sentence in (
        "Filming took place around Ada Marsh’s Cove and the harbour.",
        "Scenes were shot near Jack Fell's Island.",
        "Location work moved to Ned Kell’s Point; cameras stopped on Friday.",
        "The shoot went from Saltby to Mary Lyle’s Head.",
    ):
        assert _actors(sentence) == {"Petra Lund"}, sentence


def test_a_part_named_by_its_actor_still_reads() -> None:
    found = facts(_LEDE, "A selfie with Tom Reed's Kit Marlow on set.", title=_TITLE).cast
    assert ("Tom Reed", "Kit Marlow") in {(c.actor, c.character) for c in found}


def test_a_part_named_by_a_surname_that_is_a_places_word_still_reads() -> None:
    for sentence, pair in (
        (
            "Oren Tulk's Hill, the detective at the centre of it, is the pick of the cast.",
            ("Oren Tulk", "Hill"),
        ),
        ("Cass Ambery's Haven is a widow who keeps the lighthouse.", ("Cass Ambery", "Haven")),
        ("Dev Arkwell’s Cross, a crooked sergeant, steals every scene.", ("Dev Arkwell", "Cross")),
    ):
        found = facts(_LEDE, sentence, title=_TITLE).cast
        assert pair in {(c.actor, c.character) for c in found}, sentence
