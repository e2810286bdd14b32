"""A shoot's months in a sentence closed by the outlet's understanding (", we understand") are
hedged; a second clause before it keeps the shoot plain. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _shoots(*paragraphs: str) -> set[tuple[str, str, bool]]:
    found = facts(*paragraphs, date="2026-09-10", title="Marrowgate lands on Lumen")
    return {
        (r.kind.value, str(r.window), r.hedged)
        for r in found.release
        if r.served and r.kind.value in {"filming_started", "filming_wrapped"}
    }


def test_an_understanding_at_the_end_hedges_the_shoot() -> None:
    assert _shoots(
        "Marrowgate is out now.",
        "Filming took place in Cork between March and June this year, we understand.",
    ) == {("filming_started", "2026-03", True), ("filming_wrapped", "2026-06", True)}


def test_without_the_understanding_the_shoot_is_plain() -> None:
    assert _shoots(
        "Marrowgate is out now.", "Filming took place in Cork between March and June this year."
    ) == {("filming_started", "2026-03", False), ("filming_wrapped", "2026-06", False)}


def test_an_understanding_after_a_second_clause_leaves_the_shoot_plain() -> None:
    assert _shoots(
        "Marrowgate is out now.",
        "Filming took place in Cork between March and June this year, and a sequel is next, "
        "we understand.",
    ) == {("filming_started", "2026-03", False), ("filming_wrapped", "2026-06", False)}
