"""A part's first name speaking with the footage named just after the verb ("“...,” Wren says,
over a montage of the quay", "Cal says in the teaser.") is the part's line, no sign that the
name is a person's: the bracketed pair keeps the part outside. A first name speaking somewhere
that is no footage ("Mara said in an interview") still weighs as a person's act."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "Streamly has released the full trailer for Low Tide Hours, the coastal drama."


def test_a_part_speaking_over_a_montage_after_the_verb_is_no_actor() -> None:
    found = facts(
        _LEDE,
        "It opens on Ivo Brand (Tobias Lerne) taping up boxes while Wren Hollis (Mara Tesk)"
        " pretends to read. “I'm not leaving you,” Wren says, over a montage of the quay at"
        " dusk.",
    )
    assert ("Mara Tesk", "Wren Hollis") in served_pairs(found), found.cast
    assert ("Wren Hollis", "Mara Tesk") not in pairs(found), found.cast


def test_a_part_speaking_in_the_teaser_is_no_actor() -> None:
    found = facts(
        _LEDE,
        "It opens on Ivo Brand (Tobias Lerne) taping up boxes while Wren Hollis (Mara Tesk)"
        " pretends to read. “Stay off the pier,” Wren says in the teaser.",
    )
    assert ("Mara Tesk", "Wren Hollis") in served_pairs(found), found.cast
    assert ("Wren Hollis", "Mara Tesk") not in pairs(found), found.cast


def test_a_first_name_speaking_in_an_interview_is_still_a_person() -> None:
    found = facts(
        _LEDE,
        "It opens on Mara Tesk (Wren Hollis) taping up boxes while Tobias Lerne (Ivo Brand)"
        " pretends to read. Mara said in an interview that the shoot was freezing.",
    )
    assert ("Mara Tesk", "Wren Hollis") in served_pairs(found), found.cast
    assert ("Wren Hollis", "Mara Tesk") not in pairs(found), found.cast
