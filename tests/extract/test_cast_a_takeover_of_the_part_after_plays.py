"""A takeover of "the part" that names no part of its own takes the one its taker "plays" just
before ("X plays her brother Tom, taking over the part from Z"): the taker holds it now, the
leaver held it before. A takeover with no "plays" before it still names no part. Invented
text."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts

_LEDE = "The Brannoch series has started shooting, the studio said on Monday."


def _found(sentence: str) -> set[tuple[str, str, CastStatus]]:
    return {(c.actor, c.character, c.status) for c in facts(_LEDE, sentence).cast if c.served}


def test_the_taker_and_the_leaver_hold_the_part_played_before() -> None:
    found = _found(
        "The series stars Wenna Roscarrow as Tamsin Quell. Perrin Mawle plays her brother "
        "Ennis, taking over the part from Ysolde Carrick, who left the production in June."
    )
    assert ("Perrin Mawle", "Ennis", CastStatus.CURRENT) in found
    assert ("Ysolde Carrick", "Ennis", CastStatus.FORMER) in found


def test_a_takeover_without_plays_gives_no_part_to_its_leaver() -> None:
    found = _found(
        "The series stars Wenna Roscarrow as Tamsin Quell. Perrin Mawle, fresh from the "
        "stage, is taking over the part from Ysolde Carrick."
    )
    assert not any(actor == "Ysolde Carrick" and part for actor, part, _ in found)
