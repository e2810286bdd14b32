"""A part told in an aside after the actor, on invented text: "X, the film’s Y,"."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_the_films_part_in_an_aside() -> None:
    for text, pair in (
        ("Ada Pell, the film’s Juno, kept things short.", ("Ada Pell", "Juno")),
        ("Ada Pell, the show's Nick Marsh, waved to fans.", ("Ada Pell", "Nick Marsh")),
        ("Oren Vale, aka our Tom, went on a podcast this week.", ("Oren Vale", "Tom")),
    ):
        assert pair in pairs(facts("Harbour Lights premiere night.", text))


def test_a_role_or_a_title_in_the_aside_is_no_part() -> None:
    found = facts(
        "Harbour Lights premiere night.",
        "Ada Pell, the film’s director, said hello. Oren Vale, aka our Prime Minister, smiled.",
    )
    assert not pairs(found)
