"""A bare participle of release after a comma ("the film that closes the saga, released on 17
April") tells no tense: in a sentence about time to come ("Next month her story ends with X,
..., released on 17 April"), its day is the coming one, not last year's."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.release_news_days import last_without_release_after
from bot.extract.release_words import RELEASED_PAST

_BARE_RELEASED = lazy_pattern(r",[ ](?:which[ ]is[ ])?released[ ](?:on|in|from)[ ]?$")
"""The participle alone, after a comma, just before the day."""
_AHEAD = lazy_pattern(
    r"^[ “\"‘']*(?:Next|Later[ ]this|This[ ]coming|Coming)[ ]"
    r"(?:month|week|year|spring|summer|autumn|fall|winter)\b"
    r"|\b(?:will|(?:is|are)[ ](?:set|due)[ ]to)[ ](?!have\b)"
)
"""A sentence told of time to come: it opens on a time ahead, or says "will"."""


def released_ahead(chunk: str, start: int) -> bool:
    """The day at ``start`` follows a bare ", released on", and the sentence before it is
    told of time to come."""
    head = chunk[:start]
    return _BARE_RELEASED.search(head) is not None and _AHEAD.search(head) is not None


def released_last(before: str) -> bool:
    """The release verb nearest the day is a past one ("premiered on 3 May"), not one told
    after it ("premiered at a festival in May and opens here on 12 June": the day to come)."""
    return last_without_release_after(RELEASED_PAST, before)
