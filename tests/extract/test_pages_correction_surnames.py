"""A correction notice that names a part by its surname alone means the full part named before."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_swapped_part_by_its_surname_is_the_full_part() -> None:
    found = facts(
        "Marta Velloso-Pike is to star in “The Harbour Ledger”, a four-part thriller.",
        "Quentin Arlesford plays Declan Moorcroft, a dock clerk. Ilse Brandvold is Dr Petra Vane.",
        "Correction: An earlier version of this article said Ilse Brandvold would play Declan "
        "Moorcroft. She plays Dr Petra Vane; Moorcroft is played by Quentin Arlesford.",
    )
    served = served_pairs(found)
    assert ("Quentin Arlesford", "Declan Moorcroft") in served
    assert ("Quentin Arlesford", "Moorcroft") not in served


def test_a_surname_part_in_a_notice_after_but() -> None:
    found = facts(
        "Odile Harkness leads the cast of “Copperfell”, a six-part period drama.",
        "Benedikt Sorrow plays Ambrose Tillinghast, the mill owner, and Cressida Vaul plays his "
        "sister, Hester Tillinghast-Moor.",
        "This article has been amended. It previously said Cressida Vaul played the mill owner, "
        "but Tillinghast is played by Benedikt Sorrow.",
    )
    served = served_pairs(found)
    assert ("Benedikt Sorrow", "Ambrose Tillinghast") in served
    assert ("Benedikt Sorrow", "Tillinghast") not in served


def test_an_ambiguous_surname_is_not_guessed() -> None:
    found = facts(
        "Rosalind Fenwick-Abara stars in “Lowtide”, a new drama.",
        "Piers Quarrendon plays Walter Greaves and Anouk Delbecq plays Judith Greaves.",
        "Correction: An earlier version of this article said Anouk Delbecq played Walter. "
        "Greaves is played by Piers Quarrendon.",
    )
    served = served_pairs(found)
    assert ("Piers Quarrendon", "Walter Greaves") in served
    assert ("Piers Quarrendon", "Judith Greaves") not in served
