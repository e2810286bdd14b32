"""A time told as one of two ("in late 2026 or early 2027", "in May or June", "in 2026 or
2027", "on March 20 or 21"): the sentence offers a choice, not the time, and either half alone
claims more than it says, so neither is served."""

from __future__ import annotations

import re

from bot.extract.lexicon import MONTH_PATTERN
from bot.extract.season_windows import SEASONS
from bot.lazy_patterns import lazy_pattern

_SEASON = "|".join(SEASONS)
_LINK = r"[”\"’']?,?[ ]or[ ](?:(?:possibly|perhaps|maybe|even)[ ])?(?:in[ ]|by[ ]|during[ ])?"
"""The "or" between the two times, with a hedge or a preposition the second may repeat."""
_DAY = (
    r"\d{1,2}(?:st|nd|rd|th)?\b(?![ ]?(?:%|days?|weeks?|months?|years?|hours?|episodes?|times?)\b)"
)
"""A day's number ("20 or 21 March"), not a count ("or 2 weeks later")."""
_SECOND = lazy_pattern(
    _LINK + rf"(?:the[ ])?(?:early|mid|late|\d{{4}}\b|{_SEASON}|{MONTH_PATTERN}(?![a-z])"
    rf"|{_DAY})",
    re.IGNORECASE,
)
"""A time after the first and its "or": "or early 2027", "or in 2027", "or June", a
day's number ("March 20 or 21")."""
_FIRST = lazy_pattern(
    rf"(?:\b\d{{4}}|\b(?:{_SEASON})|\b(?:{MONTH_PATTERN})|\b{_DAY})" + _LINK + "$",
    re.IGNORECASE,
)
"""A time ending just before this one, with its "or": "late 2026 or ", "May or ", "20 or "."""


def one_of_two(chunk: str, start: int, end: int) -> bool:
    """The time from ``start`` to ``end`` is one of two told with "or", either way round."""
    return _SECOND.match(chunk, end) is not None or (
        _FIRST.search(chunk, max(0, start - 40), start) is not None
    )
