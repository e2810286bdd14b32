"""A day written without a year after one written with it, in the same sentence, takes that
year: "Filming began on 4 February 2024 and wrapped on 11 April" wrapped in 2024, not in the
year the article's own date would give it. A day that would fall before the first ("PERTH, 10
June 2024 - filming began yesterday, 9 June") keeps the year it had.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.extract.dates import DATE_RE, WINDOW_RE, month_number, parse_date, safe_date
from bot.extract.lazy_patterns import lazy_pattern
from bot.facts import ReleaseFact, ReleaseKind


def carried_year(chunk: str, match: re.Match[str], fact: ReleaseFact) -> ReleaseFact:
    """``fact`` dated by ``match`` (a day without a year) in the year of the last date before
    it in ``chunk`` that has one, when it falls after that date there."""
    day = _carried(chunk, match, fact.date)
    return fact if day == fact.date else replace(fact, date=day)


def _carried(chunk: str, match: re.Match[str], day: dt.date | None) -> dt.date | None:
    if day is None or match["y1"] or match["y2"]:
        return day
    told = [m for m in DATE_RE.finditer(chunk, 0, match.start()) if m["y1"] or m["y2"]]
    if not told:
        return day
    earlier = told[-1]
    year = int(earlier["y1"] or earlier["y2"])
    first = safe_date(year, day.month, day.day)
    start = parse_date(earlier, None, past=False)
    if first is None or start is None or first < start:
        return day  # "PERTH, 4 May 2024 - filming began on 3 May": a dateline's day
    return first


_SHOOT = frozenset({ReleaseKind.FILMING_STARTED, ReleaseKind.FILMING_WRAPPED})
_SHOOT_DAY = lazy_pattern(
    r"\b(?i:film|shoot|shot|began|begun|beginning|start(?:ed|s|ing)|wrap|production|cameras|"
    r"principal)"
)
"""A shoot's word just before a dated day: the day is the shoot's own ("began on 6 January
2025"), not another event's ("first announced on 6 November 2024")."""
_REACH = 40


def carried_month(chunk: str, match: re.Match[str], fact: ReleaseFact) -> ReleaseFact:
    """A past shoot's month written without a year (``match``) after a month or a day written
    with one in the same sentence takes that year, or the next when its month comes earlier:
    "Shooting began in January 2025 and wrapped in April" wrapped in April 2025, not in the
    April the article's own date would give it."""
    window = fact.window
    if fact.kind not in _SHOOT or window is None or len(window) != 7:
        return fact
    if match["my"] or match["pmy"] or not (match["month"] or match["pmonth"]):
        return fact
    told = [
        (m.start(), int(m["my"] or m["pmy"]), m["month"] or m["pmonth"])
        for m in WINDOW_RE.finditer(chunk, 0, match.start())
        if m["my"] or m["pmy"]
    ] + [  # "began on 6 January 2025 and wrapped in mid-February": a day's year carries too
        (m.start(), int(m["y1"] or m["y2"]), m["m1"] or m["m2"])
        for m in DATE_RE.finditer(chunk, 0, match.start())
        if (m["y1"] or m["y2"]) and _SHOOT_DAY.search(chunk, max(0, m.start() - _REACH), m.start())
    ]
    if not told:
        return fact
    _, year, named = max(told)
    first = month_number(named)
    month = int(window[5:])
    carried = f"{year + (month < first)}-{month:02d}"
    return replace(fact, window=carried) if carried < window else fact
