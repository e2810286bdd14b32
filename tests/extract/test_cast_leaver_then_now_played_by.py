"""A leaver told first, then the part's new actor: "X has left Y, and Mira will now be played
by Z". Invented text (none of the corpus's names)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts


def _statuses(*paragraphs: str) -> set[tuple[str, str, CastStatus]]:
    return {(c.actor, c.character, c.status) for c in facts(*paragraphs).cast}


def test_leaver_after_a_colon_then_will_now_be_played_by() -> None:
    found = _statuses(
        "Casting update for the film: Perrin Ashdale has left Copper Bay, and Nell Brask will "
        "now be played by Odette Marrow-Fenn."
    )
    assert found == {
        ("Perrin Ashdale", "Nell Brask", CastStatus.FORMER),
        ("Odette Marrow-Fenn", "Nell Brask", CastStatus.CURRENT),
    }


def test_leaver_then_semicolon_is_now_played_by() -> None:
    found = _statuses("Jory Haldane has quit Salt Road; Wren Alcott is now played by Ines Quarrie.")
    assert found == {
        ("Jory Haldane", "Wren Alcott", CastStatus.FORMER),
        ("Ines Quarrie", "Wren Alcott", CastStatus.CURRENT),
    }
