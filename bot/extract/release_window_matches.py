"""Where a sentence's windows (a year, a month, a season) and dates are, found only around their
anchors.

Each anchor bounds a quick search, and the window found is then read to its end without that
bound: a place that begins like a month's name ("Sunbury in July 2024", "Fargo in March 2025")
would otherwise cut the real month from its year and leave a bare month, read as this year's.
A year told right after a month ("for February next year", "in July of this year") or a day
("on 3 June this year") is that month's or day's year, read with it, not a window of its own.
"""

from __future__ import annotations

import re

from bot.extract.dates import DATE_RE, MAY_HOLD_DATE, WINDOW_ANCHOR, WINDOW_RE
from bot.lazy_patterns import lazy_pattern

_WINDOW_LEAD = 24
"""How far before its anchor a window's words start ("the second half of 2026")."""
_WINDOW_TAIL = 12
"""How far after it they end ("Mar" of "in March 2025")."""
_DATE_LEAD = 28
"""How far before its month a date starts ("Wednesday, the 23rd of May")."""
_DATE_TAIL = 14
"""How far after its month a date ends (" 23rd, 2026" of "September 23rd, 2026")."""


_MONTHS_YEAR = lazy_pattern(r"[ ](?:of[ ])?(?:last|this|next)[ ]year\b", re.IGNORECASE)
"""The year a month just before is in: "February next year", "July of this year"."""


def window_matches(chunk: str) -> list[re.Match[str]]:
    """:data:`WINDOW_RE` tried only just around its anchors, each match read whole; less a
    year told as the month's before it ("for February next year": one window, February)."""
    found = anchored_matches(WINDOW_RE, WINDOW_ANCHOR, chunk, _WINDOW_LEAD, _WINDOW_TAIL)
    dated = _dated_years(chunk) if any(match["vague"] for match in found) else set()
    return [
        match
        for before, match in zip([None, *found], found, strict=False)
        if not (match["vague"] and before is not None and _months_year(chunk, before, match))
        and not (match["vague"] and match.end() in dated)
    ]


def _dated_years(chunk: str) -> set[int]:
    """Where each year told right after a day without one ends ("on 3 June this year"): that
    year is the day's, read with it by :func:`bot.extract.dates.parse_date`."""
    ends: set[int] = set()
    for date in date_matches(chunk):
        if date["y1"] or date["y2"]:
            continue
        told = _MONTHS_YEAR.match(chunk, date.end())
        if told is not None:
            ends.add(told.end())
    return ends


def _months_year(chunk: str, month: re.Match[str], year: re.Match[str]) -> bool:
    """Whether ``year`` ("next year") is told right after ``month`` as the month's own year."""
    if not (month["month"] or month["pmonth"]) or month["my"] or month["pmy"]:
        return False
    told = _MONTHS_YEAR.match(chunk, month.end())
    return told is not None and told.end() == year.end()


def date_matches(chunk: str) -> list[re.Match[str]]:
    """:data:`DATE_RE` tried only around the month names it needs."""
    return anchored_matches(DATE_RE, MAY_HOLD_DATE, chunk, _DATE_LEAD, _DATE_TAIL)


def anchored_matches(
    pattern: re.Pattern[str], anchors: re.Pattern[str], chunk: str, lead: int, tail: int
) -> list[re.Match[str]]:
    """``pattern`` tried only from ``lead`` characters before each of its ``anchors`` to
    ``tail`` after it (a quick search), each match then read whole, without that bound; a
    match must reach its anchor's end, and matches do not overlap."""
    found: list[re.Match[str]] = []
    end = 0
    for anchor in anchors.finditer(chunk):
        if anchor.start() < end:
            continue
        match = pattern.search(chunk, max(anchor.start() - lead, end), anchor.end() + tail)
        if match is not None:
            match = pattern.match(chunk, match.start()) or _cut_short(pattern, chunk, match, anchor)
        if match is not None and match.end() >= anchor.end():
            found.append(match)
            end = match.end()
    return found


def _cut_short(
    pattern: re.Pattern[str], chunk: str, match: re.Match[str], anchor: re.Match[str]
) -> re.Match[str]:
    """The match of ``pattern`` that the quick search's bound hid: one whose lookahead needed the
    text past the bound ("the spring" of "the spring of next year" is "spring of next year"),
    starting by ``anchor``; else ``match`` as found."""
    whole = pattern.search(chunk, match.start() + 1)
    return whole if whole is not None and whole.start() <= anchor.start() else match
