"""A time that dates an announcement, not the release.

"The sequel was announced by Lumen in May as the end of the saga", "the finale, confirmed by the
streamer on Tuesday as its last": the verb nearest the time is the news's, told with who gave
it ("by ..."), so the month or day is the announcement's, even where a release verb stands
earlier in the sentence ("the second series, which arrived in March, and was announced ...").
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_ANNOUNCED_BY = lazy_pattern(
    r"\b(?:announced|confirmed|revealed|unveiled|teased|greenlit|commissioned|ordered)[ ]by[ ]"
    r"(?:the[ ])?(?:[\w’'+&-]+[ ]){0,3}?[\w’'+&-]+(?:[ ](?:in|on|at))?$"
)
"""A news verb, "by" and its giver, then the time (its preposition may be left off ``before``)."""


def announced_then(before: str) -> bool:
    """The few words ``before`` a time say who announced something then."""
    return " by " in before and _ANNOUNCED_BY.search(before.rstrip()) is not None


_DATE_NEWS_AFTER = lazy_pattern(
    r"[^,;.:!?“”\"]{0,60}?\b(?:for|when|where)[ ](?:a|the|its)[ ]"
    r"(?:(?:release|premiere|broadcast|transmission|launch|air|opening)[ ])?date[ ]"
    r"(?:to|will|would|could|might|may|should|is[ ]likely[ ]to)[ ](?:\w+[ ]){0,2}?"
    r"(?:announced|confirmed|revealed|unveiled|named|set|given)\b"
)
"""The rest of the time's clause waits for a date to be given: "... in January is the likeliest
place for a date to be announced", "... in March, when the release date will be confirmed"."""


def dates_the_news(chunk: str, end: int) -> bool:
    """The time ending at ``end`` is when the release date is to be announced, not the release:
    "the upfronts in May are where the date will be revealed" (the month is the upfronts')."""
    return " date " in chunk and _DATE_NEWS_AFTER.match(chunk, end) is not None
