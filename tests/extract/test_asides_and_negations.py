"""An interjection between actor and verb, and a negated casting (invented sentences)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, pairs


def _cast(*paragraphs: str) -> set[tuple[str, str, CastStatus]]:
    return {(c.actor, c.character, c.status) for c in facts(*paragraphs).cast}


def test_an_interjection_after_the_actor_keeps_the_casting() -> None:
    found = facts(
        "Nadia Frost and Colm Ryder join the cast.",
        "Ryder, meanwhile, will play Otto Brandt, the landlord.",
    )
    assert ("Colm Ryder", "Otto Brandt") in pairs(found)
    assert ("Nadia Frost", "Edie Lam") in pairs(facts("Nadia Frost, for her part, plays Edie Lam."))


def test_a_negated_casting_is_no_casting() -> None:
    assert _cast("Colm Ryder will not play Otto Brandt after all.") == set()
    assert _cast("Nadia Frost won't play Edie Lam in the film.") == set()


def test_no_longer_playing_a_part_is_former() -> None:
    found = _cast("Colm Ryder, however, will no longer play Otto Brandt.")
    assert found == {("Colm Ryder", "Otto Brandt", CastStatus.FORMER)}
