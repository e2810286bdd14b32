"""A time the makers gave earlier, told in the past perfect: "in March, the network had said the
drama would start weekly from June", "the streamer had promised an autumn launch". The past
perfect sets the word before another (usually the plan that replaced it), so the time is not
served as the release; a sentence that turns to a new plan after the word ("had said May but now
...") is left to the rules for moved plans."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_HAD_SAID = lazy_pattern(
    r"\bhad[ ](?:(?:first|earlier|originally|initially|previously)[ ])?"
    r"(?:said|announced|promised|indicated|suggested|told[ ]\w+)\b"
)
_TURN = lazy_pattern(r"\b(?:now|instead|but|however|will|moved|pushed|brought)\b")
"""Words between the word and the time that turn to the new plan."""


def said_before(chunk: str, start: int) -> bool:
    """The time at ``start`` is what someone had said, in the time's own part of the sentence."""
    if "had " not in chunk:
        return False
    part = max(chunk.rfind(",", 0, start), chunk.rfind(";", 0, start), chunk.rfind(":", 0, start))
    said = _HAD_SAID.search(chunk, part + 1, start)
    return said is not None and _TURN.search(chunk, said.end(), start) is None


_SAID_THEN = lazy_pattern(
    r"\b(?:said|announced|confirmed|revealed|stated|promised|told[ ][\w’'-]+)[ ]"
    r"(?:(?:back|earlier|first)[ ])?(?:(?:in|last)[ ])?$"
)
"""A saying verb right before a month or season: "Netflix said in April ...", the time it was
said. A day ("announced on 10 July that it has wrapped") may date the news, and is left be."""
_WHAT_WAS_SAID = lazy_pattern(r"[ ]*(?:,|that\b|it\b|the\b)")
"""What follows the time of a saying: the words said ("... in April that the film would ...")."""


def said_then(chunk: str, start: int, end: int) -> bool:
    """The time from ``start`` to ``end`` is when something was said ("Netflix said in April
    that the film would premiere"), not a time the words give."""
    return (
        _SAID_THEN.search(chunk, max(start - 40, 0), start) is not None
        and _WHAT_WAS_SAID.match(chunk, end) is not None
    )
