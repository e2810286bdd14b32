"""A maker's "on track for" a time is its plan, served unhedged; a part of a year stays hedged."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Filming has wrapped on Lantern Row, the studio confirmed."


def test_a_spokesperson_on_track_for_a_year_is_an_unhedged_window() -> None:
    found = release_kinds(
        _LEDE,
        "A studio spokesperson said the film remained “on track for 2027” but gave no date.",
    )
    assert ("window", "2027", False) in found
    assert ("window", "2027", True) not in found


def test_on_track_in_quotes_before_release_next_year_is_unhedged() -> None:
    found = release_kinds(
        _LEDE,
        "A spokesperson told us the drama was “on track” for release next year.",
    )
    assert ("window", "2026", False) in found
    assert ("window", "2026", True) not in found


def test_on_track_for_a_season_is_unhedged() -> None:
    found = release_kinds(_LEDE, "The series is on track for autumn 2026, the streamer said.")
    assert ("window", "2026-09/2026-11", False) in found


def test_on_track_for_a_part_of_a_year_or_from_sources_stays_hedged() -> None:
    assert ("window", "2026-01/2026-04", True) in release_kinds(
        _LEDE, "The studio said the film is on track for early 2026."
    )
    assert ("window", "2027", True) in release_kinds(
        _LEDE, "The film is on track for 2027, sources say."
    )
