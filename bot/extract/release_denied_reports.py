"""A time only reports or rumours gave, then denied in the same sentence ("reports that the launch
could be pushed to the autumn, which the network rejected", "rumours that it would move to May
were dismissed by the studio"): the denial takes the time back, so it is no window. The denial
must be of the report ("denied them", "were dismissed"); denying something else ("confirmed
reports that it opens in May, and rejected claims of a recast") leaves the time standing."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_REPORTED = lazy_pattern(
    r"\b(?i:reports?|rumou?rs?|claims?|suggestions?|speculation)[ ](?:[\w’'-]+[ ]){0,3}?that[ ]"
    r"[^;:.]{0,80}$"
)
"""Reports or rumours that, then the time in the same clause."""
_DENY = r"(?:denied|dismissed|rebuffed|rejected|shot[ ]down|played[ ]down)"
_DENIED = lazy_pattern(
    rf"\b{_DENY}[ ](?:them|it|this|that|those|these|(?:the|such)[ ](?:reports?|rumou?rs?|claims?|"
    r"suggestions?|speculation|story|stories|talk|idea))\b"
    rf"|\b(?:were|was|been|is|are|which)[ ](?:[a-z]+ly[ ]|since[ ]|all[ ]|[A-Z][\w’'-]*[ ]"
    rf"|the[ ][\w-]+[ ]){{0,2}}{_DENY}\b"
)
"""A denial of the report itself: "denied them", "rejected the claims", "were quickly shot
down", "which the network rejected"."""


def denied_report(chunk: str, start: int, end: int) -> bool:
    """The time from ``start`` to ``end`` is what reports said, denied later in the sentence."""
    if _DENIED.search(chunk, end) is None:
        return False
    return _REPORTED.search(chunk, max(start - 120, 0), start) is not None
