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
        "He is working on Jonas Berg's next film, a Danish thriller, which will shoot next spring.",
        "The composer has started on Priya Lal's next project, a road movie, which is due to film "
        "in the spring.",
        "The editor has begun work on Tomas Brenn's next picture, a heist comedy, which is due "
        "to shoot in the autumn.",
    ):
        assert _planned(sentence) == [], sentence


def test_our_shoot_is_still_read() -> None:
    assert _planned("The film is set to shoot next summer.") == ["2026-06/2026-08"]


def test_our_own_commission_told_by_its_kind_or_name_is_still_read() -> None:
    headline = "Lumen orders Mina Rask comedy ‘Tidewater’"
    for sentence in (
        "Rask is working on Lumen’s new series, a comedy, which lands in March 2026.",
        "Rask is busy on Lumen’s next series, a comedy, which lands in March 2026.",
    ):
        found = facts(sentence, date="2025-11-03", title=headline)
        windows = [r.window for r in found.release if r.kind.value == "window"]
        assert windows == ["2026-03"], sentence
    found = facts(
        "Rask is busy on Lumen’s new series, Tidewater, which lands in March 2026.",
        date="2025-11-03",
    )
    assert [r.window for r in found.release if r.kind.value == "window"] == ["2026-03"]
