"""A month between the joining and the part: "X joined the cast in July as Y" casts X as Y,
as "X joined the cast as Y" does."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_joined_the_cast_in_a_month_as() -> None:
    found = facts(
        "Pella Strand and Osric Vane lead the ensemble of Harrow Street.",
        "Vane joined the cast in March as Teodor Brisk, replacing Lukas Orme.",
    )
    assert ("Osric Vane", "Teodor Brisk") in served_pairs(found)


def test_came_aboard_in_a_month_as() -> None:
    found = facts(
        "Newcomer Ines Tallow came aboard in September as Greta Holm, the vicar's daughter."
    )
    assert ("Ines Tallow", "Greta Holm") in served_pairs(found)
