"""A shoot's end told in the present for a month still to come: "Filming wraps mid-July",
"the shoot ends on 3 August", written in May. Read forwards from the article's date that is a
plan, not a wrap; no wrap is recorded from it (a planned end has no kind of its own).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.release_run_ends import run_end
from bot.facts import ReleaseFact, ReleaseKind

_YEAR = re.compile(r"\d{4}")
_PRESENT_END = re.compile(
    r"\b(?:wraps|ends|finishes|concludes|closes)(?:[ ]up)?"
    r"(?:[ ](?:in|on|by|around|at|towards?|from))?(?:[ ](?:the|a))?[ ]?$"
)
"""A present-tense end just before the date: "wraps", "wraps up in", "ends on"."""
_LOOK_BACK = 40


def wrap_to_come(
    fact: ReleaseFact | None, chunk: str, match: re.Match[str], ref: dt.date | None
) -> ReleaseFact | None:
    """No wrap from a present-tense end whose yearless month was read back a year: read
    forwards from ``ref`` it is still to come."""
    if fact is None or ref is None or fact.kind is not ReleaseKind.FILMING_WRAPPED:
        return fact
    when = fact.date.year if fact.date is not None else int((fact.window or "0")[:4] or 0)
    if when >= ref.year or _YEAR.search(match[0]):
        return fact
    start = match.start()
    before = chunk[max(start - _LOOK_BACK, 0) : start].lower()
    return None if _PRESENT_END.search(before) else fact


def checked_end(
    fact: ReleaseFact | None, chunk: str, match: re.Match[str], ref: dt.date | None
) -> ReleaseFact | None:
    """``fact`` after the checks on how a date ends a run or a shoot."""
    return run_end(wrap_to_come(fact, chunk, match, ref), chunk, match.start())
