"""An actor named right after their part's possessive "actor" ("Mira's actor, Ada Vale"; two
parts, two actors in order) is a casting; the noun with no name after it, or a work's
possessive, names none. Invented text."""

from __future__ import annotations

from bot.extract.castpartsactors import part_named_actors
from bot.extract.doc_build import build_doc
from tests.extract.helpers import article, facts, served_pairs

_LEDE = "The Brannoch film has started shooting, the studio said on Monday."


def test_one_parts_actor_named_after_a_comma() -> None:
    found = facts(_LEDE, "A reader notes that Lowry's actor, Perrin Mawle, signs books on Friday.")
    assert ("Perrin Mawle", "Lowry") in served_pairs(found)


def test_two_parts_actors_named_in_order() -> None:
    found = facts(_LEDE, "Tamsin and Ennis’s actors Wenna Roscarrow and Ysolde Carrick waved.")
    served = served_pairs(found)
    assert ("Wenna Roscarrow", "Tamsin") in served
    assert ("Ysolde Carrick", "Ennis") in served


def test_each_of_two_parts_is_placed_at_its_own_name() -> None:
    doc = build_doc(
        article(_LEDE, "Tamsin and Ennis’s actors Wenna Roscarrow and Ysolde Carrick waved.")
    )
    placed = {c.character: doc.text[c.start : c.end] for c in part_named_actors(doc)}
    assert placed == {"Tamsin": "Tamsin", "Ennis": "Ennis"}


def test_no_name_after_the_noun_and_a_works_possessive_name_no_casting() -> None:
    found = facts(
        _LEDE,
        "Ennis's actor, for the record, said no. The drama “Saltcombe” is back, and "
        "Saltcombe's actor Kai Lund is thrilled.",
    )
    served = served_pairs(found)
    assert not any(part in {"Ennis", "Saltcombe"} for _, part in served)
