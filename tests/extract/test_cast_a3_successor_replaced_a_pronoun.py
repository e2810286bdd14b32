"""A casting its paragraph then says the part's other actor "replaced him" (or her) is a
former one: the leaver of a recast told after the listing; with no second actor of the part,
or a pronoun too far on, the casting stays current (invented articles)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts

_LEDE = "Harrow Fen, out on Streamly today, stars Ada Vell as Mira Holt, with Kai Lund as Tom Pike."


def _statuses(*paragraphs: str) -> dict[tuple[str, str], CastStatus]:
    return {(c.actor, c.character): c.status for c in facts(*paragraphs).cast}


def test_a_listing_then_the_successor_replaced_him_is_former() -> None:
    found = _statuses(
        _LEDE,
        "Note: some sites still list Ben Oduya in the cast as Tom. That was the first casting;"
        " Lund replaced him before filming began.",
    )
    assert found[("Ben Oduya", "Tom Pike")] is CastStatus.FORMER
    assert found[("Kai Lund", "Tom Pike")] is CastStatus.CURRENT


def test_a_replacement_told_in_another_paragraph_leaves_the_casting_current() -> None:
    found = _statuses(
        _LEDE,
        "Note: some sites still list Ben Oduya in the cast as Tom.",
        "Lund replaced him as the lead of the Copse Theatre's panto last winter.",
    )
    assert found[("Ben Oduya", "Tom Pike")] is CastStatus.CURRENT
