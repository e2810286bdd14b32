"""A profile's word on its subject's next role in another work: "She is set to star in ‘Salt
Road’, a western. Filming is due to begin in May." or "He will next star in Gorsemoor ...".
The sentence is about that work, so the times it and the sentences carrying on from it tell
("Filming ...", "It ...") are that work's, not ours."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern

_NEXT_ROLE = lazy_pattern(
    r"\b(?:(?:is|are)[ ](?:set|due|signed|lined[ ]up|attached)[ ]to|will(?:[ ]next)?|"
    r"(?:is|are)[ ]to|(?:has|have)[ ](?:since[ ]|now[ ]|also[ ])?signed[ ]on[ ]to)[ ]"
    r"(?:(?:star|appear|co-star)[ ]in|lead(?:[ ]in)?)[ ][‘“\"']?"
    r"(?P<name>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and|in|on|at|to|a|an)){0,5})"
)
"""A next role in a named work: "is set to star in ‘Salt Road’", "will next star in Harrow
Point", "has signed on to lead Brindlecote"."""


def stars_next_elsewhere(chunk: str, context: Context) -> bool:
    """The sentence tells a next role in a work that is not the article's own."""
    if " star" not in chunk and " appear" not in chunk and " lead" not in chunk:
        return False
    for match in _NEXT_ROLE.finditer(chunk):
        name = match["name"].rstrip()
        if not context.is_known(name) and not context.is_ours(name):
            return True
    return False
