"""A day the writer doubts as they name it: "wrapped this week, apparently on Thursday"; and a
shoot's span told with a doubt before its months: "it apparently ran from May to July"."""

from __future__ import annotations

from dataclasses import replace

from bot.extract.lexicon import MONTH_PATTERN
from bot.facts import ReleaseFact
from bot.lazy_patterns import lazy_pattern

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


_HEARSAY_ADVERB = lazy_pattern(
    r"\b(?:apparently|reportedly|supposedly|allegedly)\b"
    rf"(?P<between>[^;:“”\"]*?)\b{MONTH_PATTERN}\b"
)
"""An adverb of hearsay in the clause before a month: "was apparently all done from May to July"
(not "perhaps", which may soften a remark on something else: "Perhaps best of all, ...")."""
_CLAUSE_CUT = lazy_pattern(r"[ ]but[ ]|,[ ]and[ ]|[.!?][ ]")


def doubted_span(chunk: str, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """A shoot's span (``facts``, its start and its wrap) hedged when an adverb of hearsay comes
    before its months in the same clause ("the shoot apparently ran from May to July"): what
    the writer heard, not knows. One in another clause ("It ran from May to July, and
    apparently the cast loved it") leaves the span as told."""
    if not facts or not any(f.date is not None or f.window for f in facts):
        return facts
    found = _HEARSAY_ADVERB.search(chunk)
    if found is None or _CLAUSE_CUT.search(found["between"]):
        return facts
    return [replace(fact, hedged=True) for fact in facts]
