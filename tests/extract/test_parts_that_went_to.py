"""A part that "went to" an actor (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts


def _cast(*paragraphs: str) -> set[tuple[str, str, CastStatus]]:
    return {(c.actor, c.character, c.status) for c in facts(*paragraphs).cast}


def test_a_part_that_eventually_went_to_an_actor_is_theirs() -> None:
    found = _cast(
        "The film stars Hugo Lenz as Father Amsel.",
        "The role of Greta finally went to Juno Pike, who is 19.",
    )
    assert ("Juno Pike", "Greta", CastStatus.CURRENT) in found


def test_a_part_that_had_originally_gone_to_someone_who_left_is_former() -> None:
    found = _cast(
        "The leads are Ola Dunn as Greta Lenz and Omar Beck as Felix.",
        "The part of Greta had originally gone to a younger actress, Tilde Moss, who left in "
        "June to join a touring play.",
    )
    assert ("Tilde Moss", "Greta Lenz", CastStatus.FORMER) in found
    assert ("Ola Dunn", "Greta Lenz", CastStatus.CURRENT) in found


def test_a_part_gone_to_someone_who_then_dropped_out_is_former() -> None:
    found = _cast("The part of Nell went to Rory Kane, but later dropped out over dates.")
    assert ("Rory Kane", "Nell", CastStatus.FORMER) in found
