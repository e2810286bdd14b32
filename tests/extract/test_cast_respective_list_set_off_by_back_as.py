"""A "respectively" list whose actors are set off by a comma before "back as" / "returning as":
each actor gets the part in the same place, never the last actor the first part (invented
articles)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_back_as_after_a_comma_pairs_in_order() -> None:
    found = facts(
        "Filming on Larkspur Row wrapped in Leeds.",
        "They join Odile Varga and Tamsin Roke, who play Bea Loxley and Wren Hale, along with"
        " Pavel Sund, Ines Carrow and Milo Detter, back as Jory, Ash and Fen respectively.",
        title="Larkspur Row wraps",
    )
    served = _served(found)
    assert {("Pavel Sund", "Jory"), ("Ines Carrow", "Ash"), ("Milo Detter", "Fen")} <= served
    assert ("Milo Detter", "Jory") not in served


def test_returning_as_after_a_comma_pairs_in_order() -> None:
    found = facts(
        "Larkspur Row returns in March.",
        "Pavel Sund, Ines Carrow and Milo Detter, returning as Jory, Ash and Fen respectively,"
        " are joined by newcomers.",
        title="Larkspur Row returns",
    )
    served = _served(found)
    assert {("Pavel Sund", "Jory"), ("Ines Carrow", "Ash"), ("Milo Detter", "Fen")} <= served


def test_a_single_actor_back_as_a_part_stays() -> None:
    found = facts(
        "Larkspur Row returns in March.",
        "Milo Detter, back as Fen Holloway, leads the cast.",
        title="Larkspur Row returns",
    )
    assert ("Milo Detter", "Fen Holloway") in _served(found)
