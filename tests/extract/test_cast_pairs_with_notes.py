"""Paired castings where an actor carries a note in brackets ("A (Lumen) and B play X and Y"),
on invented text: each actor gets the part in its place."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_bracketed_note_after_a_listed_actor_keeps_the_pairing() -> None:
    for text in (
        "Bo Tully (Marsh Lights) and Tova Rees star as Juno and Greta, two sisters on the run.",
        "Bo Tully (Quayside), Noel Cray and Tova Rees play Juno, Hal and Greta.",
    ):
        found = pairs(facts("Copper Bay casts its leads.", text, title="Copper Bay casts"))
        assert ("Bo Tully", "Juno") in found
        assert ("Tova Rees", "Greta") in found
        assert ("Tova Rees", "Juno") not in found
