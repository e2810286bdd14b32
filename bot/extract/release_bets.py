"""The writer's bet on when the work comes out: "our money's on a late-summer launch",
"we'd bet on spring 2026", "we'd put our money on a date around May or June", "Our money's on
next autumn". The time is the article's own reckoning, so it is served hedged. A bare month
bet on with no release word ("We'd put our money on May.") is left alone: what is bet on is
not said. A season bet on with no year of its own ("We'd bet on the autumn.") takes the year
of the window the sentence before gives ("expected at some point in 2026"), or the next one
when the season has passed; never a past season.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.dates import month_number, parse_window
from bot.extract.lexicon import MONTH_PATTERN
from bot.extract.release_window_matches import window_matches
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_BET = lazy_pattern(
    r"\b(?:(?:[Oo]ur|[Mm]y)[ ]money(?:[ ]is|['’]s)[ ]on|(?:[Ww]e|I)(?:['’]d|[ ]would)[ ]"
    r"(?:bet|wager|put[ ](?:our|my)[ ]money)[ ]on)[ ]"
)
_MONTHS = lazy_pattern(
    rf"(?:a[ ](?P<date>date[ ](?:around|in)[ ])?)?(?P<m1>{MONTH_PATTERN})"
    rf"(?:[ ](?:or|and|to)[ ](?P<m2>{MONTH_PATTERN}))?(?:[ ](?P<year>20\d\d))?"
    r"(?P<noun>[ ](?:launch|release|premiere|debut|bow|arrival|drop))?\b"
)


def bet_on(doc: Doc, view: View, evidence: str) -> list[ReleaseFact]:
    """The hedged window the writer bets the work comes out in, if the sentence bets on one."""
    ref, chunk = doc.date, view.chunk
    if ref is None or "on " not in chunk:
        return []
    bet = _BET.search(chunk)
    if bet is None:
        return []
    window = _months(ref, _MONTHS.match(chunk, bet.end()))
    if window is None:
        seasons = [m for m in window_matches(chunk) if m.start() - bet.end() in range(0, 8)]
        window = _season(doc, view, seasons[0], ref) if seasons and _seasonal(seasons[0]) else None
    if window is None:
        return []
    return [ReleaseFact(ReleaseKind.WINDOW, evidence, window=window, hedged=True)]


def _seasonal(match: re.Match[str]) -> bool:
    """A season's window ("spring 2026", "next spring"), not a bare year."""
    return any(value for key, value in match.groupdict().items() if key.startswith("season"))


def _season(doc: Doc, view: View, match: re.Match[str], ref: dt.date) -> str | None:
    """The window of the season bet on: "the autumn" in the year the sentence before gives,
    else this one; the next year's when that season has passed ("next spring" as told)."""
    if (match["rel"] or "").lower() != "the":
        return parse_window(match, ref)
    year = _year_before(doc, view) or ref.year
    window = parse_window(match, dt.date(year, 6, 1))
    if window is not None and window.rsplit("/", 1)[-1] < f"{ref.year}-{ref.month:02d}":
        window = parse_window(match, dt.date(year + 1, 6, 1))
    return window


def _year_before(doc: Doc, view: View) -> int | None:
    """The year of the last window the sentence before (in the same paragraph) gives."""
    before = doc.sentence_at(view.span.start - 1)
    if before.para != view.span.para or before.start >= view.span.start:
        return None
    windows = [
        parse_window(m, doc.date) for m in window_matches(doc.masked[before.start : before.end])
    ]
    years = [int(w[:4]) for w in windows if w and w[:4].isdigit()]
    return years[-1] if years else None


def _months(ref: dt.date, match: re.Match[str] | None) -> str | None:
    """The window of the months bet on, each the next such month, when a release word names
    what is bet on."""
    if match is None or not (match["date"] or match["noun"]):
        return None
    first = month_number(match["m1"])
    year = int(match["year"]) if match["year"] else ref.year + (first < ref.month)
    start = f"{year}-{first:02d}"
    if not match["m2"]:
        return start
    last = month_number(match["m2"])
    return f"{start}/{year + (last < first)}-{last:02d}"
