"""A date glossed as the day before the release: another event's, never the release's own.

"The special airs on Thursday 16 May at 8pm, the night before the film is released": the
gloss sets the date against the release, so the date is that of something else (a broadcast,
a screening, a party) and the release falls later. Only a part of the day before ("the night",
"the evening"): "on ITV1 on 2 October, a day before it lands on ITVX" dates a first release
step; a gloss after the release may date a later step, and counted offsets ("two days before")
are read by the offset rules.
"""

from __future__ import annotations

from bot.extract.release_offsets import RELEASE_AFTER
from bot.lazy_patterns import lazy_pattern

_EVE = lazy_pattern(
    r"(?:[ ]at[ ]\d{1,2}(?:[.:]\d{2})?[ ]?(?:am|pm|a\.m\.|p\.m\.)?"
    r"|[ ](?:night|evening|morning|afternoon))?"
    r"(?:,|[ ][–—-])[ ](?:just[ ])?(?:(?:the|a)[ ](?:night|evening|morning|afternoon)[ ]"
    r"(?:before|ahead[ ]of)(?=[ ])|(?:on[ ])?the[ ]eve[ ]of(?=[ ]))"
)
"""The gloss after the date: ", the evening before", " at 7pm, the night before", " at 7 p.m.,
the night before", " – the morning ahead of", ", on the eve of"."""
_OWN_RELEASE = lazy_pattern(r"[ ]the[ ](?:film|movie|series|show)['’]s[ ]release\b(?![ ]of\b)")
"""The release named by the work's possessive ("the eve of the film's release"), which the
shared offset pattern, built for verbs and "its release", does not take."""


def eve_of_release(chunk: str, end: int) -> bool:
    """The date ending at ``end`` is glossed as the day before the work's release ("on Friday
    9 May, the night before it opens", "on 9 May, the eve of its release"): the date is
    another event's."""
    if "before" not in chunk and "ahead of" not in chunk and "eve of" not in chunk:
        return False
    eve = _EVE.match(chunk, end)
    return eve is not None and (
        RELEASE_AFTER.match(chunk, eve.end()) is not None
        or _OWN_RELEASE.match(chunk, eve.end()) is not None
    )
