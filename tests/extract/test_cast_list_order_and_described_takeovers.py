"""A numbered fan list in mixed forms: "Part (Actor)" read the right way round when the article
pairs the two names with "as" ("Ada as Mira was perfect"), even if the part's first name also
"says" a line; a part led by "The" is never made the actor. A takeover of a part named by what
the character is ("took over the role of the ship's cook from X") gives the leaver the part the
new actor plays elsewhere."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, pairs, served_pairs


def test_a_bracketed_item_is_settled_by_an_as_pairing_later() -> None:
    found = facts(
        "Cast list so far (from the studio):",
        "1. Marisa Quell (Oona Breckridge) – the lighthouse keeper's daughter",
        "2. Captain Bertram Vosk – Hallam Tierney",
        "Things I noticed:",
        '- Marisa says "the sea keeps what it likes" which is not in the book',
        'Top reply: "Oona as Marisa is the best thing about the trailer."',
    )
    assert ("Oona Breckridge", "Marisa Quell") in served_pairs(found)
    assert ("Marisa Quell", "Oona Breckridge") not in pairs(found)


def test_full_names_paired_with_as_settle_the_bracket_too() -> None:
    found = facts(
        "The confirmed line-up:",
        "* Tamsin Rook (Priya Valdane) – a runaway heiress",
        "Marisol Denny directs. We still think Priya Valdane as Tamsin Rook is inspired, and "
        "Tamsin tells everyone so in the teaser.",
    )
    assert ("Priya Valdane", "Tamsin Rook") in served_pairs(found)
    assert ("Tamsin Rook", "Priya Valdane") not in pairs(found)


def test_a_part_led_by_the_is_not_made_the_actor() -> None:
    found = facts(
        "Cast so far:",
        "1. The Cartographer (Ingmar Solvik) – yes, THE Cartographer, the one from book two",
    )
    assert ("THE Cartographer", "Ingmar Solvik") not in pairs(found)
    assert ("The Cartographer", "Ingmar Solvik") not in pairs(found)


def test_a_takeover_of_a_described_part_gives_the_leaver_that_part() -> None:
    found = facts(
        "The Saltwick cast, as it stands:",
        "• Dorian Kessel as Ambrose Fitch",
        "• Wenna Lowry as Clemency Fitch",
        "Kessel took over the role of the ship's cook from Lachlan Brae, who left the production "
        "in March.",
    )
    castings = {(c.actor, c.character): c.status for c in found.cast if c.served}
    assert castings.get(("Dorian Kessel", "Ambrose Fitch")) is CastStatus.CURRENT
    assert castings.get(("Lachlan Brae", "Ambrose Fitch")) is CastStatus.FORMER


def test_a_described_part_with_his_and_a_comma_before_from() -> None:
    found = facts(
        "Rufus Penhale plays Osric Thane in the Greyfold adaptation.",
        "Penhale has taken over the part of their grumpy neighbour, from Idris Calloway.",
    )
    castings = {(c.actor, c.character): c.status for c in found.cast if c.served}
    assert castings.get(("Idris Calloway", "Osric Thane")) is CastStatus.FORMER
    assert ("Penhale", "Idris Calloway") not in pairs(found)
