"""A former relation names the part as a relation does: "X is Mira's ex-partner, Gus" and "X,
who is Tom's ex-wife Juno, ..." cast X as Gus and as Juno."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_is_an_ex_partner_with_a_comma() -> None:
    found = facts(
        "Wren Halloran carries the film as Odile, a baker who comes home to Port Ennis.",
        "Callum Strick is Odile's ex-partner, Bastien, all charm and no follow-through.",
    )
    assert ("Callum Strick", "Bastien") in served_pairs(found)


def test_who_is_an_ex_wife() -> None:
    found = facts(
        "Teodor Lasky plays Anselm, a lighthouse keeper.",
        "Marit Olsby, who is Anselm's ex-wife Juno, steals every scene she is in.",
    )
    assert ("Marit Olsby", "Juno") in served_pairs(found)
