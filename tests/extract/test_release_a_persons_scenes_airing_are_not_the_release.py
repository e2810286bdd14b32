"""One actor's scenes or episodes going out ("Her final scenes air in March") date that actor's
exit or arrival on screen, not the work's release. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _times(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-01-20", title="Soap news: an exit and a return")
    return {
        str(r.window or r.date)
        for r in found.release
        if r.served and r.kind.value in {"window", "premiere_date"}
    }


def test_a_persons_scenes_or_episodes_airing_are_theirs() -> None:
    assert not _times(
        "After nine years on Mill Row, Tessa Brand is leaving the soap. Her final scenes air in"
        " April.",
    )
    assert not _times(
        "Joss Parry is joining Mill Row as a new landlord. Parry’s first episode will be"
        " broadcast on Monday 16 February.",
    )


def test_the_works_own_airing_is_still_its_window() -> None:
    assert _times("Mill Row, the Channel 9 soap, airs in April.") == {"2026-04"}
