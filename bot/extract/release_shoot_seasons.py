"""A time told after a plain future shoot verb: "The sequel will shoot in Leeds and Hull this
autumn", "The follow-up is to film across Fife next spring". Only places stand between the verb
and the time, so the time is the shoot's, never a release window, whatever the sentence said
before (a noun read as a release verb: "its comedy hit will shoot ...").
"""

from __future__ import annotations

from bot.extract.release_places import only_places
from bot.lazy_patterns import lazy_pattern

_SHOOT_VERB = lazy_pattern(
    r"\b(?:will|(?:is|are)[ ]to|would)[ ](?:now[ ]|also[ ]|again[ ]|then[ ])?(?:shoot|film)\b"
)
_REACH = 120


def shoot_season(chunk: str, start: int) -> bool:
    """The time at ``start`` follows a future shoot verb and only places."""
    for verb in _SHOOT_VERB.finditer(chunk, max(start - _REACH, 0), start):
        if only_places(chunk, verb.end(), start):
            return True
    return False
