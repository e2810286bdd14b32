"""The part first, with an aside on who the character is: "Mrs Pell, the girls' piano teacher,
was originally going to be played by X" names X as the part's former actor, as the form without
the aside does."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts


def _statuses(*paragraphs: str) -> dict[tuple[str, str], CastStatus]:
    found = facts(*paragraphs, title="Everything we know about Copperfield Lane")
    return {(c.actor, c.character): c.status for c in found.cast if c.served}


def test_an_aside_on_the_part_before_originally_played_by() -> None:
    castings = _statuses(
        "Mrs Pell, the girls' piano teacher, was originally going to be played by Rosalind "
        "Achterberg, but Achterberg left the production in May.",
    )
    assert castings.get(("Rosalind Achterberg", "Mrs Pell")) is CastStatus.FORMER


def test_an_aside_with_first_played_by() -> None:
    castings = _statuses(
        "Copperfield Lane's busybody, Augustin Fell, a retired postman, was first to be played by "
        "Cosimo Laredo.",
    )
    assert castings.get(("Cosimo Laredo", "Augustin Fell")) is CastStatus.FORMER
