"""An Irish surname after "Ó", "Ní" or "Uí" may open on a prefixed lower-case "h" ("Ó hÁird"):
the name goes on past the particle (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

LEDE = "Quillon Bay, the feature film, is shooting in Kent."


def test_a_gaelic_surname_after_o_keeps_its_prefixed_h() -> None:
    found = facts(LEDE, "Tamsin Ó hAodhagáin plays Dessie, with Dalby Frane as Tammas.")
    assert {(c.actor, c.character) for c in found.cast if c.served} == {
        ("Tamsin Ó hAodhagáin", "Dessie"),
        ("Dalby Frane", "Tammas"),
    }
