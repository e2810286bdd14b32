"""A season told with a year counted from the article ("spring next year", "summer
this year") is that season of that year, not the whole year: the season narrows
the window. On invented text: "insiders say it is pencilled in for spring next year", written
in October 2026, is March to May 2027."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _windows(*paragraphs: str, date: str) -> set[tuple[str, str, bool]]:
    return {k for k in release_kinds(*paragraphs, date=date) if k[0] == "window"}


def test_a_bare_season_before_next_year() -> None:
    windows = _windows(
        "Copper Bay wrapped last week in Dorset.",
        "The streamer is quiet about a date, but insiders say it is pencilled in for spring"
        " next year.",
        date="2026-10-20",
    )
    assert ("window", "2027-03/2027-05", True) in windows
    assert ("window", "2027", True) not in windows


def test_a_season_this_year() -> None:
    windows = _windows(
        "Copper Bay finished shooting in Hull on Friday.",
        "The drama is expected to land in summer this year, according to the broadcaster.",
        date="2026-02-03",
    )
    assert ("window", "2026-06/2026-08", True) in windows
    assert ("window", "2026", True) not in windows
