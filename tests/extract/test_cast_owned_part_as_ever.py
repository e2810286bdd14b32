"""A review's possessive part with "as ever" after it ("Ada Vale's Mira, as ever, steals the
film") is still the actor's part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The Pellworth film follows Mira Holt and Owen Marsh through one last summer."


def test_as_ever_after_the_owned_part() -> None:
    found = facts(_LEDE, "Marnie Castell’s Mira, as ever, gets the sharpest lines.")
    assert ("Marnie Castell", "Mira Holt") in served_pairs(found)


def test_as_always_after_the_owned_full_part() -> None:
    found = facts(_LEDE, "Tobiah Renwick's Owen Marsh, as always, steals every scene he is in.")
    assert ("Tobiah Renwick", "Owen Marsh") in served_pairs(found)
