"""A successor with an aside before "replaces" still names the leaver of its part: "Vale, the
Lumen star, replaces Moss, who left". Invented text (none of the corpus's names)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts


def _statuses(*paragraphs: str) -> set[tuple[str, str, CastStatus]]:
    return {(c.actor, c.character, c.status) for c in facts(*paragraphs).cast}


def test_described_successor_replaces_a_leaver() -> None:
    found = _statuses(
        "Joining them is Pia Lundqvist, who has been cast as the boys’ aunt, Marisol. "
        "Lundqvist, the “Harrow Lane” star, replaces Oona Fenwick, who exited the role in March."
    )
    assert ("Oona Fenwick", "Marisol", CastStatus.FORMER) in found
    assert ("Pia Lundqvist", "Marisol", CastStatus.CURRENT) in found


def test_aged_successor_replaces_a_leaver() -> None:
    found = _statuses(
        "Tobiah Marr will play Inspector Dace. Marr, 41, replaces Jem Rooke, who left the show "
        "in May."
    )
    assert ("Jem Rooke", "Inspector Dace", CastStatus.FORMER) in found
