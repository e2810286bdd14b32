"""Days, weeks or nights of a shoot booked for a time ("three days on the moor
scheduled for the autumn") date the crew's schedule, not the production's release."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Cameras rolled on Monday on Lumen’s Tidewater, the coastal drama."


def _windows(*paragraphs: str) -> list[str | None]:
    found = facts(*paragraphs, date="2025-05-12")
    return [r.window for r in found.release if r.kind.value == "window"]


def test_a_stretch_of_the_shoot_booked_for_a_time_is_no_window() -> None:
    for sentence in (
        "Most of the work is at the studio, with two weeks on the moor pencilled in for the "
        "autumn.",
        "The first block stays at the studio, and three days on the moor are scheduled for the "
        "autumn.",
        "A week of night shoots in Hull is pencilled in for the autumn.",
        "Two nights on the pier have been earmarked for late summer, we understand.",
        "The unit has a fortnight at the studio pencilled in for the autumn.",
    ):
        assert _windows(_LEDE, sentence) == [], sentence


def test_the_productions_own_booking_is_still_read() -> None:
    assert _windows(_LEDE, "The drama is pencilled in for later in the summer.") == [
        "2025-06/2025-08"
    ]
