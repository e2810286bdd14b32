"""A part named by its actor's possessive and followed by what the character does ("Ada Vale's
Mira steals every scene", "Tom Reed's Gus finally gets his bookshop") is a casting; a work's
verb ("opens", "premieres") or a title's plural noun ("Las lunas de agosto") is not."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_owned_part_then_a_present_verb() -> None:
    found = facts(
        "Review: Quayside Lights is a warm farewell.",
        "Odile Fenwick-Rao’s Mirela carries the emotional weight of the film.",
        "Bram Oyelaran's Gus steals every scene he is in.",
    )
    assert {("Odile Fenwick-Rao", "Mirela"), ("Bram Oyelaran", "Gus")} <= served_pairs(found)


def test_owned_part_then_an_adverb_and_a_verb() -> None:
    found = facts(
        "Review: Quayside Lights is a warm farewell.",
        "Tamsin Achebe-Lowe’s Petra finally gets the scene she deserved.",
    )
    assert ("Tamsin Achebe-Lowe", "Petra") in served_pairs(found)


def test_a_directors_work_or_a_title_is_no_part() -> None:
    found = facts(
        "Quayside Lights heads to festivals.",
        "Greta Lindqvist’s Ember opens the festival in May.",
        "Ainhoa Urrutia Bengoa’s Las lunas de agosto drew a long ovation.",
    )
    assert not any(
        actor in {"Greta Lindqvist", "Ainhoa Urrutia Bengoa"} for actor, _ in pairs(found)
    )
