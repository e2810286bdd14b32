"""Two names with two more in brackets, paired in order ("Mira Holt and Bea Holt (Ada Vale and
Tom Vale)"), on invented text: each bracketed actor gets the part in its place, whichever side
the actors are on."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_parts_then_actors_in_brackets_pair_in_order() -> None:
    found = pairs(
        facts(
            "Copper Bay: everything we know.",
            "Tova Rees and Noel Rees will play the twins.",
            "* Juno Marr and Hal Marr (Tova Rees and Noel Rees) – siblings playing twins",
            title="Copper Bay: everything we know",
        )
    )
    assert ("Tova Rees", "Juno Marr") in found
    assert ("Noel Rees", "Hal Marr") in found


def test_an_unsettled_order_is_held_never_served_reversed() -> None:
    found = facts(
        "Copper Bay: everything we know.",
        "Tova Rees joined in May.",
        "Tova Rees and Noel Rees (Juno Marr and Hal Marr) head the cast.",
        title="Copper Bay: everything we know",
    )
    served = {(c.actor, c.character) for c in found.cast if c.served}
    assert ("Juno Marr", "Tova Rees") not in served
    assert ("Hal Marr", "Noel Rees") not in served
