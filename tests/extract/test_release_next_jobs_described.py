"""A profile subject's next job on another maker's film told by what kind of film it is ("at work
on X's next feature, a period western, which shoots in the summer"): that film's shoot, not ours."""

from __future__ import annotations

from tests.extract.helpers import facts


def _planned(*paragraphs: str) -> list[str | None]:
    found = facts(*paragraphs, date="2025-11-03")
    return [r.window for r in found.release if r.kind.value == "filming_planned"]


def test_another_makers_next_film_described_is_not_our_shoot() -> None:
    for sentence in (
        "She is already at work on Ana Ruiz’s next feature, a period western, which is set to "
        "shoot in Andalusia in the summer.",
        "He is working on Jonas Berg's new film, a Danish thriller, which will shoot next spring.",
        "The composer has started on Priya Lal's next project, a road movie, which is due to film "
        "in the spring.",
    ):
        assert _planned(sentence) == [], sentence


def test_our_shoot_is_still_read() -> None:
    assert _planned("The film is set to shoot next summer.") == ["2026-06/2026-08"]
