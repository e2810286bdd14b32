"""Quotes on invented text: a sentence opening on a lower-case phrase, then a name with its
relative aside before the verb ("Between takes Ada Vale, who plays Wren, is reading ..."), has
that name as its subject, so a later "She says" stands for her, never for someone named in the
paragraph before; a phrase with a name inside it is no fronted phrase."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "A day on the set of Gull Harbour, on a beach in Norfolk."
_BEFORE = (
    "Norfolk. The wind is brutal. Director Siân Morrow has the crew sprinting along the dunes."
    " “We have an hour of sun,” she yells, “so nobody trip.” Tam Rudd, who plays the ferryman,"
    " trips."
)


def test_the_name_after_a_fronted_phrase_and_its_aside_is_the_subject() -> None:
    found = facts(
        _LEDE,
        _BEFORE,
        "Between set-ups Ines Garrow, who plays the harbourmaster’s niece Bea, is reading a"
        " battered copy of Pell’s Undertow, the book that first brought in Bea Carrow. She says"
        " she has “a rather tangled history” with it.",
        date="2026-05-04",
    )
    served = served_quotes(found)
    assert ("a rather tan", "Ines Garrow") in served, served
    assert ("a rather tan", "Tam Rudd") not in served, served


def test_a_name_inside_the_fronted_phrase_is_not_the_subject() -> None:
    found = facts(
        _LEDE,
        _BEFORE,
        "In Ines Garrow’s trailer, who knows why, a radio is playing. She says she has “a rather"
        " tangled history” with it.",
        date="2026-05-04",
    )
    served = served_quotes(found)
    assert ("a rather tan", "Ines Garrow") not in served, served
