"""The day a source told the news, not a day of the film: "X returns as Y, confirmed by the
streamer's news site this morning", "according to a trade report on Tuesday", "as revealed by
the studio yesterday"; or the day a date may be told, named right after the noun "date" ("will
there be a release date today?", "hoping for a premiere date on Friday")."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_BY_SOURCE = lazy_pattern(
    r"\b(?:(?:confirmed|announced|revealed|reported|shared|posted|teased|unveiled)[ ]by|"
    r"according[ ]to)[ ][^,;:.!?“”\"]{1,45}[ ]$"
)
_REACH = 70
_DATE_NOUN = lazy_pattern(
    r"\b(?:(?:release|premiere|launch|air|streaming|opening)[ ])?dates?[ ]"
    r"(?:(?:on|this|next|by)[ ])?$"
)
"""The noun just before the named day: "a release date ", "a premiere date on "."""


def told_by_source(chunk: str, at: int) -> bool:
    """A source credited just before the named day at ``at`` (the day it published), or the
    noun "date" (the day a date may be told)."""
    if "date" in chunk and _DATE_NOUN.search(chunk, max(at - 40, 0), at) is not None:
        return True
    if " by " not in chunk and "according to" not in chunk:
        return False
    return _BY_SOURCE.search(chunk, max(at - _REACH, 0), at) is not None
