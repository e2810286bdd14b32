"""A leaver told in a reported clause with a reason, then the part's new actor ("The studio
confirmed that X has had to leave the film because of a clash, so Y is now played by Z"), on
invented text: X had the part, Z has it now."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts


def _cast(text: str) -> set[tuple[str, str, CastStatus]]:
    found = facts("Fenwick Row wraps in June.", text, title="Fenwick Row recast")
    return {(c.actor, c.character, c.status) for c in found.cast}


def test_a_reported_leaver_with_a_reason() -> None:
    for text in (
        "Hulu confirmed today that Greta Aalto has had to leave the film because of a "
        "scheduling conflict with another show, so Wren Marsh is now played by Oda Lind.",
        "The studio said that Greta Aalto was forced to pull out due to illness, and Wren Marsh "
        "will now be played by Oda Lind.",
    ):
        found = _cast(text)
        assert ("Greta Aalto", "Wren Marsh", CastStatus.FORMER) in found, (text, found)
        assert ("Oda Lind", "Wren Marsh", CastStatus.CURRENT) in found, (text, found)


def test_a_crew_member_leaving_is_no_former_actor() -> None:
    found = _cast(
        "The studio said that director Greta Aalto had to leave the film, so Wren Marsh is now "
        "played by Oda Lind."
    )
    assert not any(actor == "Greta Aalto" for actor, _, _ in found), found
