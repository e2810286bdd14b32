"""The day a source told the news, not a day of the film: "X returns as Y, confirmed by the
streamer's news site this morning", "according to a trade report on Tuesday", "as revealed by
the studio yesterday"."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_BY_SOURCE = lazy_pattern(
    r"\b(?:(?:confirmed|announced|revealed|reported|shared|posted|teased|unveiled)[ ]by|"
    r"according[ ]to)[ ][^,;:.!?“”\"]{1,45}[ ]$"
)
_REACH = 70


def told_by_source(chunk: str, at: int) -> bool:
    """A source credited just before the named day at ``at``: the day it published."""
    if " by " not in chunk and "according to" not in chunk:
        return False
    return _BY_SOURCE.search(chunk, max(at - _REACH, 0), at) is not None
