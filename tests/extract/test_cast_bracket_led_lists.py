"""A bracketed pair of two full names in prose reads part first ("lives next door to Mira Holt
(Ada Vale)"), unless a pair just before it in the same list holds a part's first name alone
("Ada Vale (Mira) and ..."): that list puts the actor outside."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_first_name_pair_before_settles_the_next_pair() -> None:
    found = served_pairs(
        facts(
            "The Brisk Harbour panel drew a crowd on Saturday.",
            "Fans queued from dawn. Maddox Thorne (Cador) and Gwenna Pascoe (Morwen Clegg) are "
            "not at the convention this weekend.",
            title="Brisk Harbour panel: live",
        )
    )
    assert ("Maddox Thorne", "Cador") in found
    assert ("Gwenna Pascoe", "Morwen Clegg") in found
    assert ("Morwen Clegg", "Gwenna Pascoe") not in found


def test_a_lone_prose_pair_still_reads_part_first() -> None:
    found = served_pairs(
        facts(
            "The Brisk Harbour panel drew a crowd on Saturday.",
            "The story moves next door to Morwen Clegg (Gwenna Pascoe), a retired pilot.",
            title="Brisk Harbour panel: live",
        )
    )
    assert ("Gwenna Pascoe", "Morwen Clegg") in found
