"""Two "Name (Name)" pairs joined by "and" before an act only an actor does on set ("rehearse a
scene", "film on location") name the people outside the brackets: they are the actors. A part
first in the brackets of a story told in the trailer stays read part first. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Filming on the Brannoch film began in Cornwall on Monday, the studio said."


def test_pairs_before_a_rehearsal_are_actor_first() -> None:
    found = facts(
        _LEDE,
        "Ysolde Carrick (Tamsin Quell) and Perrin Mawle (Lowry Dunmarsh) rehearse a scene on "
        "the quay.",
    )
    served = served_pairs(found)
    assert ("Ysolde Carrick", "Tamsin Quell") in served
    assert ("Perrin Mawle", "Lowry Dunmarsh") in served


def test_a_pair_before_filming_on_location_is_actor_first() -> None:
    found = facts(_LEDE, "Odile Ferracane (Wenna Hosking) films in a chapel near Truro.")
    assert ("Odile Ferracane", "Wenna Hosking") in served_pairs(found)


def test_a_part_first_pair_before_a_story_act_is_kept() -> None:
    found = facts(_LEDE, "In the trailer, Tamsin (Ysolde Carrick) runs along the harbour wall.")
    assert ("Ysolde Carrick", "Tamsin") in served_pairs(found)
