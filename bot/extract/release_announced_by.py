"""A time that dates an announcement, not the release.

"The sequel was announced by Lumen in May as the end of the saga", "the finale, confirmed by the
streamer on Tuesday as its last": the verb nearest the time is the news's, told with who gave
it ("by ..."), so the month or day is the announcement's, even where a release verb stands
earlier in the sentence ("the second series, which arrived in March, and was announced ...").
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_ANNOUNCED_BY = lazy_pattern(
    r"\b(?:announced|confirmed|revealed|unveiled|teased|greenlit|commissioned|ordered)[ ]by[ ]"
    r"(?:the[ ])?(?:[\w’'+&-]+[ ]){0,3}?[\w’'+&-]+(?:[ ](?:in|on|at))?$"
)
"""A news verb, "by" and its giver, then the time (its preposition may be left off ``before``)."""


def announced_then(before: str) -> bool:
    """The few words ``before`` a time say who announced something then."""
    return " by " in before and _ANNOUNCED_BY.search(before.rstrip()) is not None
