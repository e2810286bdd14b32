"""A day written without a year after one written with it, in the same sentence, takes that
year: "Filming began on 4 February 2024 and wrapped on 11 April" wrapped in 2024, not in the
year the article's own date would give it. A day that would fall before the first ("PERTH, 10
June 2024 - filming began yesterday, 9 June") keeps the year it had.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.extract.dates import DATE_RE, parse_date, safe_date
from bot.facts import ReleaseFact


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
