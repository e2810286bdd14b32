"""Asides that tell a part: "X, back as Y, ...", "X – back as Tom's mum, Y –", and "X, who is
Tom's flatmate Y"."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_surname_back_as_a_part_in_an_aside() -> None:
    found = facts(
        "Petra Lindqvist was the star of the Quarry Lane press day.",
        "Lindqvist, back as Hanne Vogt, said the last day of filming was the hardest.",
    )
    assert ("Petra Lindqvist", "Hanne Vogt") in pairs(found)


def test_a_dashed_aside_back_as_someones_mother() -> None:
    found = facts(
        "The studio is campaigning hard for Quarry Lane.",
        "It is pushing Ilse Marchetti – back as Tomas’s mother, Rosa Berg – for best supporting "
        "actress.",
    )
    assert ("Ilse Marchetti", "Rosa Berg") in pairs(found)


def test_who_is_a_parts_flatmate() -> None:
    found = facts(
        "The Quarry Lane cast met the press on Monday.",
        "Maren Solvik, who is Hanne’s flatmate Edie Trask, called her first day terrifying.",
    )
    assert ("Maren Solvik", "Edie Trask") in pairs(found)


def test_back_at_work_names_no_part() -> None:
    found = facts(
        "Quarry Lane is filming again.",
        "Callum Adair, back at work after an injury, said the set was freezing.",
    )
    assert pairs(found) == set()


def test_who_is_netflixs_head_of_drama_names_no_part() -> None:
    found = facts(
        "Quarry Lane is filming again.",
        "Osman Reyes, who is Netflix’s head of drama Tomas Berg, said it was going well.",
    )
    assert pairs(found) == set()
