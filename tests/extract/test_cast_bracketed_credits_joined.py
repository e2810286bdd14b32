"""An actor's earlier credits in brackets before "has joined the film as <Part>" ("Ada Vale (Salt
Year, Grey Weir) has joined the cast as Mira Holt", "boards the series as") are credits, never
the part: the part is the one after "as", and a leaver the newcomer replaces inherits it
(invented sentences and names)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Pell Harker (Salt Year, The Quiet Ones) has joined the film as Mira Holt, the captain.",
        "Pell Harker (Salt Year) joined the movie as Mira Holt last week.",
        "Pell Harker (Salt Year, Grey Weir) boards the series as Mira Holt.",
    ],
)
def test_bracketed_credits_before_joined_as(sentence: str) -> None:
    found = facts("Halden Moor adds a new face", sentence)
    served = [(c.actor, c.character) for c in found.cast if c.confidence >= 1.0]
    assert served == [("Pell Harker", "Mira Holt")]


def test_the_leaver_inherits_the_part_after_as() -> None:
    found = facts(
        "Halden Moor adds a new face",
        "Pell Harker (Salt Year, The Quiet Ones) has joined the film as Mira Holt.",
        "Harker replaces Odile Brand, who was announced for the part in May but has left.",
    )
    parts = {(c.actor, c.character, c.status.value) for c in found.cast if c.confidence >= 1.0}
    assert ("Odile Brand", "Mira Holt", "former") in parts
    assert not any(c.character == "Salt Year" for c in found.cast)
