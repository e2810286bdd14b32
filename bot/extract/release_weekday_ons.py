"""A day led by its weekday may be told without the "on" the release verbs look for: "premieres
this Friday, March 20" reads as "premieres on Friday, March 20", and so does the trade's bare
"dropped Friday, April 17" or "opens Friday, May 8" right after a release verb or its place.
The words before the day are given their "on", so the verb before them is read as it would be
with one."""

from __future__ import annotations

from bot.extract.lexicon import WEEKDAY_PATTERN
from bot.extract.release_words import PAST_RELEASE_BOUND
from bot.lazy_patterns import lazy_pattern

_WEEKDAY_FIRST = lazy_pattern(WEEKDAY_PATTERN)
_BARE_VERB = lazy_pattern(
    rf"\b(?:{'|'.join(PAST_RELEASE_BOUND)}|released|premieres|opens|arrives|debuts|drops|"
    r"launches|lands|(?:began|started)[ ]streaming)"
    r"(?:[ ](?:on|in)[ ](?:the[ ])?(?:[A-Z][\w.&+-]*(?:[ ][A-Z][\w.&+-]*){0,2}|platform|service|"
    r"streamer|cinemas|theaters|theatres))?$"
)
"""A release verb the weekday follows with nothing between ("dropped Friday, April 17"), or only
the verb's place ("arrived on Lumen last Friday, 17 April", its "last" read as blank)."""


def weekday_on(before: str, day: str) -> str:
    """``before`` (the words ahead of the day ``day``) with the "on" a weekday-led day leaves
    out: "this" or "next" before it becomes "on", and "on" follows a bare release verb."""
    if not _WEEKDAY_FIRST.match(day):
        return before
    if before.endswith((" this", " next")):
        return before.rsplit(" ", 1)[0] + " on"  # "premieres this Friday, March 20"
    if _BARE_VERB.search(before):
        return before + " on"  # "The film, which dropped Friday, April 17, ..."
    return before
