"""A release verb with its place, then "last" and a written-out weekday ("landed on Lumen last
Thursday, 9 April") dates the release, as "landed on Lumen on Thursday 9 April" does; a festival
showing told the same way is still no release. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-04-14")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_verb_and_place_before_last_weekday_dates_the_release() -> None:
    assert _premieres(
        "Gullrock, the six-part mystery from the makers of Tidewell, tops the chart this week.",
        "The series landed on Lumen last Thursday, 9 April, and has held first place since.",
    ) == {"2026-04-09"}
    assert _premieres(
        "Gullrock, the six-part mystery from the makers of Tidewell, tops the chart this week.",
        "The series began streaming last Thursday, 9 April, to record numbers.",
    ) == {"2026-04-09"}


def test_a_festival_showing_last_weekday_is_no_release() -> None:
    assert (
        _premieres(
            "Gullrock, the new mystery from the makers of Tidewell, has its first reviews.",
            "The series premiered at the festival last Thursday, 9 April, to a standing ovation.",
        )
        == set()
    )
