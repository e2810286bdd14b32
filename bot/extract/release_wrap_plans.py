"""A shoot's end or start told in the present for a month still to come: "Filming wraps
mid-July", "the shoot ends on 3 August", "Filming begins in Derry and Sligo on 2 June",
written in May. A yearless month read back a year when read forwards it is the nearer one is a
plan, not a wrap or a start: nothing is recorded from it (a planned end has no kind of its own,
and a plan the rules for plans did not read is better left than guessed).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.release_reshoots import of_reshoots
from bot.extract.release_run_ends import run_end
from bot.facts import SHOOT_KINDS, ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_YEAR = lazy_pattern(r"\d{4}")
_PRESENT_END = lazy_pattern(
    r"\b(?:wraps|ends|finishes|concludes|closes)(?:[ ]up)?"
    r"(?:[ ](?:in|on|by|around|at|towards?|from))?(?:[ ](?:the|a))?[ ]?$"
)
"""A present-tense end just before the date: "wraps", "wraps up in", "ends on"."""
_WRAPPING_NOW = lazy_pattern(
    r"\b(?:is|are|[’']s|be)[ ](?:[a-z]+ly[ ])?(?:wrapping|finishing|ending)(?:[ ]up)?"
    r"(?:[ ](?:in|on|by|around|at|towards?))?(?:[ ](?:the|a))?"
    r"(?:[ ](?:end|close|middle)[ ]of)?[ ]?$"
)
"""A present progressive end: "it's probably wrapping at the end of", "is wrapping in"."""
_PRESENT_START = lazy_pattern(
    r"\b(?:begins|starts|kicks[ ]off|commences|rolls|gets[ ]under[ ]?way)\b"
    r"(?![^.;]*\b(?:began|started|has|had|was|were)\b)"
)
"""A present-tense start somewhere before the date, no past verb after it."""
_LOOK_BACK = 60
_NEARER = 6
"""Months ahead within which the forward reading is the nearer one."""


def _month(fact: ReleaseFact) -> int | None:
    if fact.date is not None:
        return fact.date.month
    window = fact.window or ""
    return int(window[5:7]) if len(window) >= 7 and window[5:7].isdigit() else None


def wrap_to_come(
    fact: ReleaseFact | None, chunk: str, match: re.Match[str], ref: dt.date | None
) -> ReleaseFact | None:
    """No wrap or start from a present-tense verb whose yearless month, read back, is further
    than read forwards from ``ref``."""
    if fact is None or fact.kind not in SHOOT_KINDS:
        return fact
    if of_reshoots(chunk, match.start()):
        return None  # "wrapped in March, before reshoots this summer": the reshoots' time
    if ref is None:
        return fact
    month = _month(fact)
    if month is None or not 0 < (month - ref.month) % 12 <= _NEARER or _YEAR.search(match[0]):
        return fact
    start = match.start()
    before = chunk[max(start - _LOOK_BACK, 0) : start].lower()
    if fact.kind is ReleaseKind.FILMING_WRAPPED:
        now = "ing" in before and _WRAPPING_NOW.search(before) is not None
        return None if now or _PRESENT_END.search(before) else fact
    return None if _PRESENT_START.search(before) else fact


def checked_end(
    fact: ReleaseFact | None, chunk: str, match: re.Match[str], ref: dt.date | None
) -> ReleaseFact | None:
    """``fact`` after the checks on how a date ends a run or a shoot."""
    return run_end(wrap_to_come(fact, chunk, match, ref), chunk, match.start())
