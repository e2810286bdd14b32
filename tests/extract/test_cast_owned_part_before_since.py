"""An actor's possessive part followed by a time clause ("..., since 2021", "..., in what
became ...") is a part of the work the sentence tells."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_possessive_part_before_since() -> None:
    found = facts(
        "Copper Bay returns for a third series on BBC One in May.",
        "Oren Blythe has played Jem Hollis, the deckhand who falls for Ines Varga’s Nell "
        "Ashby, since the first series of Copper Bay.",
        title="Copper Bay series three: first look",
    )
    assert ("Ines Varga", "Nell Ashby") in served_pairs(found)


def test_possessive_part_before_in_what_became() -> None:
    found = facts(
        "Copper Bay returns for a third series on BBC One in May.",
        "Blythe was cast as the best friend of Ines Varga’s Nell Ashby, in what became his "
        "first screen role, when Copper Bay began.",
        title="Copper Bay series three: first look",
    )
    assert ("Ines Varga", "Nell Ashby") in served_pairs(found)


def test_possessive_part_before_in_another_work_stays_out() -> None:
    found = facts(
        "Copper Bay returns for a third series on BBC One in May.",
        "Blythe once played a sailor opposite Ines Varga’s Nell Ashby, in Harbour Lights.",
        title="Copper Bay series three: first look",
    )
    assert ("Ines Varga", "Nell Ashby") not in served_pairs(found)
