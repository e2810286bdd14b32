"""A part "played once again by" its actor, or by "20-year-old newcomer X"; "a hotel in
Leeds’s Holbeck" is a place, not another production; "X, last seen as Y in Z," is an aside."""

from __future__ import annotations

from tests.extract.helpers import facts
from tests.extract.helpers import served_pairs as served


def test_played_again_by_is_a_casting() -> None:
    found = facts(
        "Filming on Harrow Fields wrapped on Friday.",
        "Jory’s gran Edna, played once again by Maud Ellery, has the best scene.",
    )
    assert served(found) == {("Maud Ellery", "Edna")}
    found = facts(
        "Filming on Harrow Fields wrapped on Friday.",
        "Cleo Hart, played again by Tamsin Rook, finally leaves the farm.",
    )
    assert served(found) == {("Tamsin Rook", "Cleo Hart")}


def test_played_by_an_aged_newcomer_is_a_casting() -> None:
    found = facts(
        "Filming on Harrow Fields wrapped on Friday.",
        "Bess is played by 19-year-old newcomer Odile Farrant, in her first screen role.",
    )
    assert served(found) == {("Odile Farrant", "Bess")}
    found = facts(
        "Filming on Harrow Fields wrapped on Friday.",
        "Noah Pell is played by a 24-year-old actor, Viggo Strand, who trained in Leeds.",
    )
    assert ("Viggo Strand", "Noah Pell") in served(found) or not served(found)


def test_a_hotel_in_an_owners_place_is_no_other_production() -> None:
    found = facts(
        "Filming on Harrow Fields wrapped on Friday.",
        "Around the table at a hotel in Leeds’s Holbeck are Tamsin Rook, who plays the vet "
        "Cleo Hart; and Viggo Strand, who plays Noah Pell.",
    )
    assert served(found) == {("Tamsin Rook", "Cleo Hart"), ("Viggo Strand", "Noah Pell")}
    found = facts(
        "Filming on Harrow Fields wrapped on Friday.",
        "We meet at a pub in Bristol’s Redland, where Tamsin Rook, who plays Cleo Hart, is early.",
    )
    assert served(found) == {("Tamsin Rook", "Cleo Hart")}


def test_last_seen_in_another_show_is_an_aside() -> None:
    found = facts(
        "Harrow Fields has added three names to its cast.",
        "Viggo Strand, last seen as Duke Orsino in Lumen’s Twelfth Tide, has joined the cast; "
        "and Tamsin Rook will play Cleo Hart.",
    )
    assert served(found) == {("Tamsin Rook", "Cleo Hart")}
    found = facts(
        "Harrow Fields has added three names to its cast.",
        "Odile Farrant, last seen in HBO’s Moor Road, will play Bess Wick.",
    )
    assert served(found) == {("Odile Farrant", "Bess Wick")}
