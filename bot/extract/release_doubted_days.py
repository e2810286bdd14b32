"""A day the writer doubts as they name it: "wrapped this week, apparently on Thursday"."""

from __future__ import annotations

from dataclasses import replace

from bot.extract.lazy_patterns import lazy_pattern
from bot.facts import ReleaseFact

_DOUBTED = lazy_pattern(
    r"\b(?:apparently|reportedly|supposedly|allegedly|probably|possibly|perhaps|maybe)"
    r",?[ ]$"
)
"""An adverb of doubt straight before the day: "apparently on Thursday", "probably on Monday"."""


def doubted(chunk: str, start: int, fact: ReleaseFact) -> ReleaseFact:
    """``fact`` (dated by the day that starts at ``start``) hedged when the writer doubts the day
    in the words just before it: the day told as hearsay or a guess, not known."""
    if fact.hedged or _DOUBTED.search(chunk, max(start - 16, 0), start) is None:
        return fact
    return replace(fact, hedged=True)
