"""A year narrowed by what is written before it: a part of it ("early next year", "the second
half of next year") or a holiday named as the release's slot ("a Halloween release in 2026", "a
Christmas launch in 2027" is that month of that year, as "Christmas 2026" is); or by a season
guessed just after it ("in 2028, probably summer": that summer, a guess the tail hedges)."""

from __future__ import annotations

import re

from bot.extract.dates import HOLIDAY_PATTERN, HOLIDAYS, PART, part_months
from bot.extract.release_for_nouns import shoot_left_behind
from bot.extract.release_words import FILMING_NOUN, FUTURE
from bot.extract.season_windows import season_window
from bot.lazy_patterns import lazy_pattern

_HOLIDAY_SLOT = lazy_pattern(
    rf"\b(?P<holiday>{HOLIDAY_PATTERN})[ ](?:release|launch|debut|premiere|opening|"
    r"bow|drop|slot)(?:[ ]date)?[ ]$"
)


def holiday_slot(chunk: str, match: re.Match[str], window: str | None) -> str | None:
    """The year narrowed to the holiday's month when a holiday release comes just before it."""
    if window is None or len(window) != 4 or not window.isdigit():
        return window
    if not any(name in chunk for name in HOLIDAYS):
        return window
    slot = _HOLIDAY_SLOT.search(chunk, max(match.start() - 32, 0), match.start())
    return f"{window}-{HOLIDAYS[slot['holiday']]:02d}" if slot is not None else window


def narrowed_year(
    chunk: str, match: re.Match[str], window: str | None, said: str = ""
) -> str | None:
    """The window, narrowed by a part of the year or a holiday slot before it; "at Christmas"
    only when told as still to come ("will air at Christmas"; "aired at Christmas" is history).
    ``said``: the sentence as written, for a slot told in quotes ("around “Easter” next year")."""
    if (match["nearby"] or "").lower() == "at" and not FUTURE.search(chunk, 0, match.start()):
        return None
    window = _part_of_year(chunk, match, window)
    return holiday_slot(chunk, match, _holiday_year(said, match, _guessed_season(said, window)))


_GUESSED_SEASON = lazy_pattern(
    r"\b(?P<year>\d{4}),?[ ](?:probably|likely|most[ ]likely|possibly|perhaps|maybe)[ ]"
    r"(?P<season>spring|summer|autumn|fall)\b(?![ ](?:or|and|to)\b)"
)
"""A season guessed right after a year ("2028, probably summer"). Not winter (which year's is
meant is unclear), nor a choice of seasons ("probably spring or summer"), nor after a shoot
told earlier in the sentence (which time is the shoot's is unclear)."""


def _guessed_season(said: str, window: str | None) -> str | None:
    """The bare year narrowed to the season guessed right after it in the sentence as written
    (quotations unmasked: the guess is often the maker's own words)."""
    if window is None or len(window) != 4 or not window.isdigit():
        return window
    for guess in _GUESSED_SEASON.finditer(said):
        if guess["year"] == window and (
            not FILMING_NOUN.search(said, 0, guess.start())
            or shoot_left_behind(said, guess.start())  # "filming in May, for release in 2027,"
        ):
            return season_window(guess["season"].lower(), int(window))
    return window


_HOLIDAY_YEAR = lazy_pattern(
    r"\b(?:around|at|for|over|in[ ]time[ ]for)[ ][“‘\"']?"
    r"(?P<holiday>Easter|Christmas|Halloween|Thanksgiving|Valentine[’']s(?:[ ]Day)?)"
    r"[”’\"']?[ ](?P<year>(?:this|next)[ ]year)\b"
)
"""A holiday told as the slot just before a year named from today: "could land around Easter
next year", "in time for Christmas next year", "around Valentine's Day next year" (not "before
Easter", "by Christmas": a bound, not the slot)."""
_HOLIDAY_MONTHS = {"Easter": "03/{year}-04", "Valentine": "02"}
"""The months of the holidays :data:`.dates.HOLIDAYS` leaves out: Easter falls in March or
April; Valentine's Day is in February."""
_HOLIDAY_HINT = ("Easter", "Valentine", *HOLIDAYS)


def _holiday_year(said: str, match: re.Match[str], window: str | None) -> str | None:
    """The year narrowed to the holiday's month (Easter's two) when the holiday comes just
    before it as the slot."""
    if window is None or len(window) != 4 or not match["vague"]:
        return window
    if not any(name in said for name in _HOLIDAY_HINT):
        return window
    for slot in _HOLIDAY_YEAR.finditer(said):
        if slot["year"] == match.group(0):
            name = slot["holiday"].split("’")[0].split("'")[0]
            month = _HOLIDAY_MONTHS.get(name) or f"{HOLIDAYS[name]:02d}"
            return f"{window}-{month.format(year=window)}"
    return window


_YEAR_PART = lazy_pattern(rf"\b(?P<part>{PART})[ -]$", re.IGNORECASE)
_PART_LEAD = 32
"""How far before a year its part starts ("the first few months of next year")."""


def _part_of_year(chunk: str, match: re.Match[str], window: str | None) -> str | None:
    """A year named from today, narrowed by the part before it: "early next year", "the second
    half of next year", "the first few months of next year"."""
    if window is None or len(window) != 4 or not match["vague"]:
        return window
    part = _YEAR_PART.search(chunk, max(match.start() - _PART_LEAD, 0), match.start())
    if part is None:
        return window
    first, last = part_months(part["part"])
    return f"{window}-{first:02d}/{window}-{last:02d}"
