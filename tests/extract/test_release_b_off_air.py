"""A work gone "off air" for a season is paused, not released then; invented articles."""

from __future__ import annotations

from tests.extract.helpers import facts


def windows(*paragraphs: str) -> list[str | None]:
    found = facts("Gullrock is the new Sunday-night BBC drama.", *paragraphs, date="2026-09-20")
    return [r.window for r in found.release if r.served and r.window]


def test_a_show_gone_off_air_for_a_season_is_no_window() -> None:
    for sentence in (
        "If you missed a Sunday-night drama since Tidewell Street went off air for the autumn,"
        " this is the one.",
        "Tidewell Street is off-air for the winter.",
    ):
        assert windows(sentence) == [], sentence


def test_a_show_to_air_in_a_season_stays() -> None:
    assert windows("Gullrock will air in the autumn.") == ["2026-09/2026-11"]
