"""A bare participle of release after a comma ("the film that closes the saga, released on 17
April") tells no tense: in a sentence about time to come ("Next month her story ends with X,
..., released on 17 April"), its day is the coming one, not last year's.

A participle that opens the sentence ("Released on Friday, it topped the chart") tells the
release of the main clause's subject: when that is the work told of ("it", "the film"), the day
is its release, as "It was released on Friday" would say. Another subject ("Released on Friday,
Lumen's thriller ...") leaves the day alone."""

from __future__ import annotations

from bot.extract.release_news_days import last_without_release_after
from bot.extract.release_words import RELEASED_PAST
from bot.lazy_patterns import lazy_pattern

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


_FRONTED = lazy_pattern(
    r"[ “\"‘']*(?:Released|Premiered|Launched|Debuted)(?:[ ](?:on|in)[ ](?:[A-Z][\w+’'-]*"
    r"(?:[ ][A-Z][\w+’'-]*){0,2}|(?:[A-Z]{2,3}[ ])?(?:cinemas|theatres|theaters|streaming)))?"
    r"(?:[ ]on)?"
)
"""A sentence opening on a participle of release, up to the day: "Released on", "Premiered on
BBC One on", "Released in UK cinemas on"."""
_WORK_SUBJECT = lazy_pattern(
    r"[^,;.]{0,25},[ ](?:it|the[ ](?:film|movie|feature|finale|series|show|drama|season))[ ]"
    r"(?!(?:is|was)[ ]the[ ]\w+[ ]to\b)"
)
"""The main clause after the day opens on the work told of ("..., it went straight to ...")."""


FRONTED = "it was released on"
"""How a fronted participle of release reads before its day."""


def fronted_release(chunk: str, span: tuple[int, int], before: str) -> str:
    """``before`` read as "it was released on" when the sentence opens on a participle of
    release up to the day at ``span`` and its main clause is the work's ("not out until 3 May"
    is read as "on" after this)."""
    head = chunk[: span[0]].rstrip()
    if _FRONTED.fullmatch(head) is None or not _WORK_SUBJECT.match(chunk, span[1]):
        return before
    return FRONTED


def released_last(before: str) -> bool:
    """The release verb nearest the day is a past one ("premiered on 3 May"), not one told
    after it ("premiered at a festival in May and opens here on 12 June": the day to come)."""
    return last_without_release_after(RELEASED_PAST, before)
