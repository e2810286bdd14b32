"""A day on which something happened, not the film's release.

"There are launches, and then there is whatever happened in Leeds on Saturday night", "the
scenes that unfolded outside the cinema on Friday evening": the day is the happening's (a gala,
a crowd), even where a release word stands earlier in the sentence.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_HAPPENED = lazy_pattern(
    r"\b(?:happened|unfolded|took[ ]place|went[ ]down|played[ ]out)"
    r"(?:[ ](?:in|at|on|outside|inside)[ ](?:the[ ])?[\w’'-]+(?:[ ][A-Z][\w’'-]*){0,2})?"
    r"[ ]?(?:on)?$"
)
"""A happening verb, a short place after it, and the day: "happened in Leeds on", "unfolded
outside the Lyceum on"."""


def happened_then(before: str) -> bool:
    """The few words ``before`` a named day say something happened on it."""
    return _HAPPENED.search(before.rstrip()) is not None
