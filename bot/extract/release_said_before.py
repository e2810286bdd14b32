"""A time the makers gave earlier, told in the past perfect: "in March, the network had said the
drama would start weekly from June", "the streamer had promised an autumn launch". The past
perfect sets the word before another (usually the plan that replaced it), so the time is not
served as the release; a sentence that turns to a new plan after the word ("had said May but now
...") is left to the rules for moved plans."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

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
