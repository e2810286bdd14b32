"""A tabloid's opening word in capitals before a full name ("HEARTTHROB Gwenfair Tysoe
looked ...") describes the person and is none of the name (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_stressed_lead_word_is_not_the_actors_name() -> None:
    found = facts(
        "Gwenfair Tysoe was spotted filming Glasnant in Conwy this week.",
        "HEARTTHROB Gwenfair Tysoe looked thrilled as she returned to the Glasnant set.",
        "The 24-year-old, who plays farm girl Cadi Rudgley in the hit Netflix show, was spotted"
        " on Monday.",
    )
    assert ("Gwenfair Tysoe", "Cadi Rudgley") in pairs(found)
    assert not any(name.startswith("HEART") for name in found.people)
    assert "Gwenfair Tysoe" in found.people
