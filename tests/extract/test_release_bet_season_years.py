"""A season bet on with no year of its own takes the year of the window the sentence before
gives, or the next one when the season has passed; never a past season. On invented text:
"Copper Bay is expected to land at some point in 2027. We'd bet on the summer." is summer 2027."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _windows(*paragraphs: str, date: str) -> set[tuple[str, str, bool]]:
    return {k for k in release_kinds(*paragraphs, date=date) if k[0] == "window"}


def test_a_season_bet_takes_the_year_the_sentence_before_gives() -> None:
    windows = _windows(
        "Copper Bay wrapped last week in Dorset.",
        "The series is expected to land at some point in 2027. We'd bet on the summer.",
        date="2026-10-20",
    )
    assert ("window", "2027-06/2027-08", True) in windows
    assert ("window", "2026-06/2026-08", True) not in windows


def test_a_season_bet_after_a_year_told_plainly() -> None:
    windows = _windows(
        "Copper Bay finished shooting in Hull on Friday.",
        "The streamer says it will arrive in 2027. Our money is on the spring, if we had to guess.",
        date="2026-11-03",
    )
    assert ("window", "2027-03/2027-05", True) in windows


def test_a_season_bet_already_past_is_next_years() -> None:
    windows = _windows(
        "Copper Bay finished shooting in Hull on Friday.",
        "No date has been given. We'd bet on the spring.",
        date="2026-09-14",
    )
    assert ("window", "2027-03/2027-05", True) in windows
    assert ("window", "2026-03/2026-05", True) not in windows
