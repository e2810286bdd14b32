"""A fan list's line in the part-first form with the character's relation: "3. Mira Holt, Tom's
older sister – Ada Vale" casts the name after the dash, even in a list whose other lines put the
actor in brackets; a relation to the production itself ("Marlow's lead") names no part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_numbered_part_first_line_with_a_relation() -> None:
    found = facts(
        "Who's in it so far (confirmed by the studio):",
        "1. Perpetua Vance (Idony Marsh-Keller) – the clockmaker's ward",
        "2. Bastian Vance, Perpetua's younger brother – Osei Kwarteng-Lund",
        title="The Tickmaker teaser is finally here",
    )
    assert ("Osei Kwarteng-Lund", "Bastian Vance") in served_pairs(found)
    assert ("Bastian Vance", "Osei Kwarteng-Lund") not in pairs(found)


def test_a_bulleted_part_first_line_with_a_plural_owner() -> None:
    found = facts(
        "Cast so far:",
        "• Greer Tallis, the Hollands' nosy neighbour — Wilhelmina Oduya",
        "• Ambrose Holland, Greer's oldest friend — Teodor Lisicki",
        title="Tickmaker: everything we know",
    )
    assert ("Teodor Lisicki", "Ambrose Holland") in served_pairs(found)


def test_a_relation_to_the_production_is_no_part() -> None:
    found = facts(
        "Who's who:",
        "1. Idony Marsh-Keller, Tickmaker's leading lady – Perpetua Vance",
        title="Tickmaker: everything we know",
    )
    assert ("Perpetua Vance", "Idony Marsh-Keller") not in pairs(found)
