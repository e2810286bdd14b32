"""Taking over: "X takes over the role of Y from Z" makes Z the part's former actor,
whether or not the sentence goes on to say Z left."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts


def _statuses(*paragraphs: str) -> dict[tuple[str, str], CastStatus]:
    return {(f.actor, f.character): f.status for f in facts(*paragraphs).cast if f.served}


def test_the_actor_a_part_is_taken_from_is_former() -> None:
    found = _statuses(
        "Harbour Lights returns for its third season in October.",
        "Priya Castell takes over the role of Wenna Trago from Lorna Bale, who left the show "
        "after season two.",
    )
    assert found[("Priya Castell", "Wenna Trago")] is CastStatus.CURRENT
    assert found[("Lorna Bale", "Wenna Trago")] is CastStatus.FORMER


def test_a_takeover_in_the_past_tense_with_a_gloss_on_the_leaver() -> None:
    found = _statuses(
        "Harbour Lights returns for its third season in October.",
        "The network confirmed that Priya Castell, who starred in the drama Low Fields, took over "
        "the part of Wenna Trago from Lorna Bale, who played the ferryman's niece in season one.",
    )
    assert found[("Lorna Bale", "Wenna Trago")] is CastStatus.FORMER


def test_no_former_actor_without_the_part_cast_here() -> None:
    found = _statuses(
        "Harbour Lights returns for its third season in October.",
        "She takes over the role of Wenna Trago from Lorna Bale.",
    )
    assert ("Lorna Bale", "Wenna Trago") not in found
