"""A season's months as an ISO window ("2025-06/2025-08"), and the year a yearless month or
season takes when told in the past: the latest one begun by the article's date."""

from __future__ import annotations

import datetime as dt
import re

from bot.lazy_patterns import lazy_pattern

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


def last_named_year(month: int, ref: dt.date) -> int:
    """The year of "last May": last year's from the month just gone on ("last September" said in
    October), this year's only for a month two or more back ("last March" said in October)."""
    return ref.year - (month >= ref.month - 1)


def season_edge(match: re.Match[str], window: str) -> str:
    """The season's last month after "the end of" ("wrapped at the end of the summer"), its first
    after "the start of"; its first or last two months after "early" or "late" ("early in the
    spring", "late next summer"); the whole season otherwise."""
    lead = match.string[max(0, match.start() - 13) : match.start()].lower()
    if lead.endswith("end of "):
        return window.partition("/")[2]
    if lead.endswith(("start of ", "beginning of ")):
        return window.partition("/")[0]
    if (part := _EARLY_OR_LATE.search(lead)) is not None:
        return season_half(window, early=part[0].startswith("early"))
    return window


_EARLY_OR_LATE = lazy_pattern(r"\b(?:early|late)[ ](?:in[ ])?$")
"""The word "early" or "late" just before a season told with "the", "this" or "next"."""


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


_TO_COME = lazy_pattern(
    r"\b(?:likely|expected|due|set|planned|scheduled|slated|tipped)[ ]to\b[^.;!?]{0,40}$"
)
"""A launch told as still to come before the season ("is “likely to launch in "): the coming
one; not a bare "will" (a fan's "convinced it will land in the spring" keeps its old reading)."""


def named_season_year(match: re.Match[str], ref: dt.date) -> int:
    """The year of a season named without one: this year's ("this summer"), next year's ("next
    summer"); "the autumn" told of a launch to come after this year's autumn ended, the next."""
    season, rel = match["season"].lower(), match["rel"].lower()
    year = ref.year - (season == "winter" and ref.month <= 2)
    if rel == "next":
        return year + 1
    gone = season_window(season, year)[-7:] < f"{ref:%Y-%m}"
    if rel == "the" and gone and _TO_COME.search(match.string, 0, match.start()):
        return year + 1
    return year


def season_rest(window: str, ref: dt.date) -> str:
    """What is left of a season after the article's month, for "later this summer": written in
    June (summer's first month) it is July to August; written before the season, all of it.
    Written in its last month, that month alone (nothing later is left to name)."""
    first, _, last = window.partition("/")
    now = f"{ref.year}-{ref.month:02d}"
    if not first <= now <= last:
        return window
    if now == last:
        return last
    year, month = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
    start = f"{year}-{month:02d}"
    return last if start == last else f"{start}/{last}"


def before_season(season: str, year: int, ref: dt.date | None) -> str | None:
    """The months of ``year`` before its season begins, for "before summer 2027": January to
    May (from the article's month, if it is already that year); None when none are left, or
    for winter, whose start straddles the year."""
    first = SEASONS[season][0]
    start = ref.month if ref is not None and ref.year == year else 1
    if season == "winter" or (ref is not None and ref.year > year) or start >= first:
        return None
    return f"{year}-{start:02d}/{year}-{first - 1:02d}"


def day_within(day: dt.date | None, window: str) -> bool:
    """Whether ``day`` falls in ``window`` (a year, a month or an interval of them)."""
    if day is None:
        return False
    first, _, last = window.partition("/")
    month = f"{day:%Y-%m}"
    return first[: len(month)] <= month[: len(first)] and month[: len(last or first)] <= (
        last or first
    )
