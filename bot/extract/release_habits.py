"""A habit of earlier works ("the three seasons each arrived in the spring", "previous seasons
have all landed in the summer", "the earlier films traditionally premiered in the autumn"): the
time is what the others did, told as a pattern, not a window for the article's production."""

from __future__ import annotations

import re

_HABIT = re.compile(
    r"\b(?:(?:each|both|traditionally|typically|usually|always|invariably)[ ]"
    r"(?:(?:have|has|had)[ ])?|(?:have|had)[ ](?:all|each|both)[ ])"
    r"(?:\w+ed|came|went|hit|aired)[ ](?:[\w’'-]+[ ]){0,2}$"
)
"""A distributive or habit word before a past verb, right before the time ("each arrived in",
"have all landed in"); never a bare "all" ("all episodes dropped in March" may be ours)."""
_CUE = re.compile(r"\b(?:each|all|both|traditionally|typically|usually|always|invariably)\b")


def habitual(chunk: str, start: int) -> bool:
    """The time at ``start`` is what earlier works each did, told as a habit."""
    before = chunk[max(start - 60, 0) : start]
    return _CUE.search(before) is not None and _HABIT.search(before) is not None
