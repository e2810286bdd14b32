"""Joining a work "as a friend of Idwal's" names whose friend the new part is, never the part;
a part named after the relation ("as Idwal's friend Cadi Rudgley") stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_TITLE = "Exclusive: Glasnant adds a new face"
_BACK = "Idwal Trew (Dai Murn) is back for the film."


def test_a_relation_of_a_part_after_joins_is_no_part() -> None:
    for sentence in (
        "Welsh newcomer Gwenfair Tysoe joins the cast of Netflix's Glasnant as a university"
        " friend of Idwal's.",
        "Welsh newcomer Gwenfair Tysoe has joined Glasnant as the younger cousin of Idwal Trew.",
    ):
        found = pairs(facts(sentence, _BACK, title=_TITLE))
        assert not {p for a, p in found if a == "Gwenfair Tysoe"}, sentence


def test_a_part_named_after_the_relation_stays() -> None:
    sentence = "Welsh newcomer Gwenfair Tysoe joins Glasnant as Idwal's friend Cadi Rudgley."
    assert ("Gwenfair Tysoe", "Cadi Rudgley") in pairs(facts(sentence, _BACK, title=_TITLE))
