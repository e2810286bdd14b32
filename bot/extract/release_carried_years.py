"""A day written without a year after one written with it, in the same sentence, takes that
year: "Filming began on 4 February 2024 and wrapped on 11 April" wrapped in 2024, not in the
year the article's own date would give it. A day that would fall before the first ("PERTH, 10
June 2024 - filming began yesterday, 9 June") keeps the year it had. A shoot's first day told
before its wrap, with the year only on the wrap, takes the wrap's year, or the one before when
its month comes later: "the shoot began on 18 May and wrapped in early July 2024" began in 2024,
"began on 20 November and wrapped on 9 January 2025" in 2024; a wrap's day told "last year"
carries that year back the same way ("began on 9 March and wrapped on 2 May last year").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.extract.dates import (
    DATE_RE,
    WINDOW_RE,
    month_number,
    parse_date,
    safe_date,
    year_after,
)
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern


def carried_year(
    chunk: str, match: re.Match[str], fact: ReleaseFact, ref: dt.date | None
) -> ReleaseFact:
    """``fact`` dated by ``match`` (a day without a year) in the year of the last date before
    it in ``chunk`` that has one, when it falls after that date there; a start's day, in the
    year of the wrap's day right after it (told as of ``ref``, the article's date)."""
    day = _carried(chunk, match, fact.date)
    if day == fact.date and fact.kind in _SHOOT:
        day = _shoot_year(chunk, match, fact.date)  # "shot in summer 2025, starting on 9 June"
    if day == fact.date and fact.kind is ReleaseKind.FILMING_STARTED:
        day = _carried_back(chunk, match, fact.date, ref)
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


def _shoot_year(chunk: str, match: re.Match[str], day: dt.date | None) -> dt.date | None:
    """A shoot's day without a year after the shoot's month or season told with one ("was shot
    in summer 2025, starting on 9 June") takes that year when it falls in or after that month;
    a day before it is left as it was (which year it belongs to is not told)."""
    if day is None or match["y1"] or match["y2"]:
        return day
    told = _told_months(chunk, match.start())
    if not told:
        return day
    _, year, named = max(told)
    if day.month < month_number(named):
        return day
    return safe_date(year, day.month, day.day) or day


_WRAP_AHEAD = lazy_pattern(
    r"^[ ,]*(?:and[ ])?(?:then[ ])?(?:wrapped|finished|ended|concluded|came[ ]to[ ]an[ ]end)[ ]"
)
"""The wrap right after a start's day, its own time next: "began on 18 May and wrapped in
early July 2024"."""


def _carried_back(
    chunk: str, match: re.Match[str], day: dt.date | None, ref: dt.date | None
) -> dt.date | None:
    """The year of the wrap told right after a start's day without one (see the docstring)."""
    if day is None or match["y1"] or match["y2"]:
        return day
    ahead = _WRAP_AHEAD.match(chunk[match.end() :])
    if ahead is None:
        return day
    at = match.end() + ahead.end()
    told = DATE_RE.match(chunk, at + 3 * chunk.startswith("on ", at))
    if told is not None and (year_text := told["y1"] or told["y2"] or year_after(told, ref)):
        year, named = int(year_text), told["m1"] or told["m2"]
    else:
        window = WINDOW_RE.match(chunk, at + 3 * chunk.startswith("in ", at))
        if window is None or not (window["my"] or window["pmy"]):
            return day
        year, named = int(window["my"] or window["pmy"]), window["month"] or window["pmonth"]
    if named is None:
        return day
    return safe_date(year - (day.month > month_number(named)), day.month, day.day) or day


_SHOOT = frozenset({ReleaseKind.FILMING_STARTED, ReleaseKind.FILMING_WRAPPED})
_SHOOT_DAY = lazy_pattern(
    r"\b(?i:film|shoot|shot|began|begun|beginning|start(?:ed|s|ing)|wrap|production|cameras|"
    r"principal)"
)
"""A shoot's word just before a dated day: the day is the shoot's own ("began on 6 January
2025"), not another event's ("first announced on 6 November 2024")."""
_REACH = 40


_SEASON_START = {"spring": "March", "summer": "June", "autumn": "September", "fall": "September"}
"""A season's first month (not winter's, which a year's end splits in two)."""


def carried_month(chunk: str, match: re.Match[str], fact: ReleaseFact, doc: Doc) -> ReleaseFact:
    """A past shoot's month written without a year (``match``) after a month or a day written
    with one in the same sentence takes that year, or the next when its month comes earlier:
    "Shooting began in January 2025 and wrapped in April" wrapped in April 2025, not in the
    April the article's own date would give it. A wrap's month takes the year of a start's
    month told with one in the sentence just before, in the same paragraph ("Seven weeks,
    starting in March 2025. We wrapped in late April.")."""
    window = fact.window
    if fact.kind not in _SHOOT or window is None or len(window) != 7:
        return fact
    if match["my"] or match["pmy"] or not (match["month"] or match["pmonth"]):
        return fact
    told = _told_months(chunk, match.start()) + [
        # "began on 6 January 2025 and wrapped in mid-February": a day's year carries too
        (m.start(), int(m["y1"] or m["y2"]), m["m1"] or m["m2"])
        for m in DATE_RE.finditer(chunk, 0, match.start())
        if (m["y1"] or m["y2"]) and _SHOOT_DAY.search(chunk, max(0, m.start() - _REACH), m.start())
    ]
    if not told and fact.kind is ReleaseKind.FILMING_WRAPPED:
        told = _started_before(doc, fact.evidence)  # "starting in March 2025. We wrapped in"
    if not told:
        return fact
    _, year, named = max(told)
    first = month_number(named)
    month = int(window[5:])
    carried = f"{year + (month < first)}-{month:02d}"
    return replace(fact, window=carried) if carried < window else fact


def _told_months(chunk: str, end: int) -> list[tuple[int, int, str]]:
    """The months and seasons told with a year in ``chunk`` before ``end``, as (offset, year,
    month name); a season's is its first month ("the spring of 2025": March)."""
    windows = list(WINDOW_RE.finditer(chunk, 0, end))
    return [
        (m.start(), int(m["my"] or m["pmy"]), m["month"] or m["pmonth"])
        for m in windows
        if m["my"] or m["pmy"]
    ] + [  # "took place in the spring of 2025, wrapping in May": the season's year carries
        (m.start(), int(m["sy"]), _SEASON_START[m["season2"].lower()])
        for m in windows
        if m["sy"] and (m["season2"] or "").lower() in _SEASON_START
    ]


def _started_before(doc: Doc, evidence: str) -> list[tuple[int, int, str]]:
    """The months with a year that a shoot's word leads to in the sentence before the one
    that is ``evidence``, in the same paragraph, as (offset, year, month name)."""
    at = doc.text.find(evidence)
    if at < 0:
        return []
    sentence = doc.sentence_at(at)
    span = doc.sentence_before(sentence)
    if span is None or span.para != sentence.para:
        return []
    before = doc.masked[span.start : span.end]
    return [
        (m.start(), int(m["my"] or m["pmy"]), m["month"] or m["pmonth"])
        for m in WINDOW_RE.finditer(before)
        if (m["my"] or m["pmy"])
        and (m["month"] or m["pmonth"])
        and _SHOOT_DAY.search(before, max(0, m.start() - _REACH), m.start())
    ]
