"""A time only reports or rumours gave, then denied in the same sentence ("there were reports that
the release might slip to the spring; the distributor denied them", "rumours that it would move
to May were dismissed by the studio"): the denial takes the time back, so it is no window."""

from __future__ import annotations

import re

_REPORTED = re.compile(
    r"\b(?:reports?|rumou?rs?|claims?|suggestions?|speculation)[ ](?:[\w’'-]+[ ]){0,3}?that[ ]"
    r"[^;:.]{0,80}$"
)
"""Reports or rumours that, then the time in the same clause."""
_DENIED = re.compile(r"\b(?:denied|dismissed|rebuffed|rejected|shot[ ]down)\b")


def denied_report(chunk: str, start: int, end: int) -> bool:
    """The time from ``start`` to ``end`` is what reports said, denied later in the sentence."""
    if _DENIED.search(chunk, end) is None:
        return False
    return _REPORTED.search(chunk, max(start - 120, 0), start) is not None
