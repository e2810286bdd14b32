"""Joining a work "as a friend of Ozzie's" names whose friend the new part is, never the part;
a part named after the relation ("as Ozzie's friend Cadi Roper") stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_TITLE = "Exclusive: Glasnant adds a new face"
_BACK = "Ozzie Pellow (Dai Murn) is back for the film."


def test_a_relation_of_a_part_after_joins_is_no_part() -> None:
    for sentence in (
        "Welsh newcomer Branwen Tysoe joins the cast of Netflix's Glasnant as a university"
        " friend of Ozzie's.",
        "Welsh newcomer Branwen Tysoe has joined Glasnant as the younger cousin of Ozzie Pellow.",
    ):
        found = pairs(facts(sentence, _BACK, title=_TITLE))
        assert not {p for a, p in found if a == "Branwen Tysoe"}, sentence


def test_a_part_named_after_the_relation_stays() -> None:
    sentence = "Welsh newcomer Branwen Tysoe joins Glasnant as Ozzie's friend Cadi Roper."
    assert ("Branwen Tysoe", "Cadi Roper") in pairs(facts(sentence, _BACK, title=_TITLE))
