"""A possessive place name is no actor's part: "Westmoor Common's Harlow Bathers' Lido" names a
swimming spot, and "the Brindle Rowers' Pond" a pond, not an actor and the character they play."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_place_owned_by_a_place_is_no_casting() -> None:
    found = facts(
        "It is early at Westmoor Common’s Harlow Bathers’ Lido, the water is cold, and Petra "
        "Lund is already in it.",
        "Petra Lund plays Ines Carrowby in the new drama.",
    )
    assert ("Harlow Bathers", "Lido") not in served_pairs(found)
    assert ("Petra Lund", "Ines Carrowby") in served_pairs(found)


def test_a_place_noun_is_no_part() -> None:
    found = facts(
        "We walk round Ottley Rowe’s Pond, the one by her old school, and Dana Greer talks.",
        "Later we stop at Marcus Fenn’s Lido; the water is green.",
        "Dana Greer plays Wren Tally in the series.",
    )
    pairs = served_pairs(found)
    assert ("Ottley Rowe", "Pond") not in pairs
    assert ("Marcus Fenn", "Lido") not in pairs
    assert ("Dana Greer", "Wren Tally") in pairs


def test_an_actor_and_part_still_read() -> None:
    found = facts(
        "Dana Greer’s Wren, the new tutor, arrives in episode two.",
        "A selfie with Tom Harte’s Kit Marlowby on set went round.",
    )
    pairs = served_pairs(found)
    assert ("Dana Greer", "Wren") in pairs
    assert ("Tom Harte", "Kit Marlowby") in pairs
