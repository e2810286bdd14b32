"""A season's months as an ISO window ("2025-06/2025-08"), and the year a yearless month or
season takes when told in the past: the latest one begun by the article's date."""

from __future__ import annotations

import datetime as dt
import re

SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
"""A season's first and last month."""


def latest_year(month: int, ref: dt.date) -> int:
    """The year of the latest ``month`` (a month, or a season's first) begun by ``ref``."""
    return ref.year - (month > ref.month)


def season_edge(match: re.Match[str], window: str) -> str:
    """The season's last month after "the end of" ("wrapped at the end of the summer"), its first
    after "the start of"; the whole season otherwise."""
    lead = match.string[max(0, match.start() - 13) : match.start()].lower()
    if lead.endswith("end of "):
        return window.partition("/")[2]
    if lead.endswith(("start of ", "beginning of ")):
        return window.partition("/")[0]
    return window


def season_half(window: str, *, early: bool) -> str:
    """A season's first two months after "early" ("an early spring 2026 release": March to
    April), its last two after "late"."""
    first, _, last = window.partition("/")
    year, month = (int(part) for part in (first if early else last).split("-"))
    step = 1 if early else -1
    month += step
    if not 1 <= month <= 12:
        year, month = year + step, 1 if early else 12
    other = f"{year}-{month:02d}"
    return f"{first}/{other}" if early else f"{other}/{last}"


def season_window(season: str, year: int) -> str:
    """The season's months from ``year`` on ("winter", 2025: "2025-12/2026-02")."""
    first, last = SEASONS[season]
    end_year = year + 1 if last < first else year
    return f"{year}-{first:02d}/{end_year}-{last:02d}"
