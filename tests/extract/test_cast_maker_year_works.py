"""A maker's earlier film, told by maker and year in a review, and its cast: not ours."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_makers_earlier_film_with_its_cast_in_a_review() -> None:
    found = facts(
        "Harwick Sands review: a quiet, aching drama.",
        "Ilse Barrowmore plays Dai Orlow, a widowed ferryman.",
        "But where Bram Dulcey’s 2019 film, with Odd Stannard as Pell, played grief as farce, "
        "this one is after something quieter.",
        date="2026-05-01",
    )
    pairs = served_pairs(found)
    assert ("Odd Stannard", "Pell") not in pairs
    assert ("Ilse Barrowmore", "Dai Orlow") in pairs


def test_an_adaptation_of_a_makers_earlier_novel_keeps_its_cast() -> None:
    found = facts(
        "Harwick Sands sets its cast.",
        "ITV has cast Harwick Sands, its adaptation of Bram Dulcey’s 2019 crime novel, with "
        "Ilse Barrowmore in the lead role of Dai Orlow, a detective.",
        date="2026-05-01",
    )
    assert ("Ilse Barrowmore", "Dai Orlow") in served_pairs(found)
