"""A work shown as a festival's gala or centrepiece ("Z will have its world premiere as the
closing-night gala of W", "Z screens as the opening film of W") names no actor and no part;
a cast member joining "in its third season as Y" still plays Y."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_its_premiere_as_a_gala_of_a_festival() -> None:
    found = facts(
        "Saltreed Light, the feature-length finale, will premiere on Netflix on 3 July 2026.",
        "Saltreed Light will have its world premiere as the closing-night gala of Kestrel Fest: "
        "Dunmore Queer Film Festival on Sunday 12 April 2026.",
    )
    assert not any(actor == "Saltreed Light" for actor, _ in pairs(found))


def test_screens_as_the_opening_film_of_a_festival() -> None:
    found = facts(
        "Paper Lanterns arrives in cinemas this autumn.",
        "Paper Lanterns screens as the opening film of the Tallow Bay Film Festival in June.",
        "Paper Lanterns premiered as the centrepiece of Northlight Flicks last year.",
    )
    assert not any(actor == "Paper Lanterns" for actor, _ in pairs(found))


def test_joining_in_its_third_season_as_a_part_still_casts() -> None:
    found = facts(
        "Paper Lanterns adds a new face.",
        "Odile Fenwick-Rao joins the show in its third season as Mirela Dunst.",
    )
    assert ("Odile Fenwick-Rao", "Mirela Dunst") in served_pairs(found)
