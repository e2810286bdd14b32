"""A day led by its weekday may be told without the "on" the release verbs look for: "premieres
this Friday, March 20" reads as "premieres on Friday, March 20". The words before the day are
given their "on", so the verb before them is read as it would be with one."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import WEEKDAY_PATTERN

_WEEKDAY_FIRST = lazy_pattern(WEEKDAY_PATTERN)


def weekday_on(before: str, day: str) -> str:
    """``before`` (the words ahead of the day ``day``) with the "on" a weekday-led day leaves
    out: "this" or "next" before it becomes "on"."""
    if not _WEEKDAY_FIRST.match(day):
        return before
    if before.endswith((" this", " next")):
        return before.rsplit(" ", 1)[0] + " on"  # "premieres this Friday, March 20"
    return before
