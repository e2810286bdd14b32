"""A time told plainly that only the next sentence calls the writer's guess: "Our money is on an
autumn 2026 launch. That's a guess, not a scoop." / "It arrives in October. That is only our
hunch." The time is the article's reckoning, not the makers' word: it is served hedged. A time
whose own sentence already hedges it ("We think it will arrive in October.") is left as it is."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.facts import ReleaseFact, ReleaseKind

_GUESS_NEXT = re.compile(
    r"[ “\"]*(?:That|This|It)(?:[ ]is|['’]s|[ ]was)[ ](?:only[ ]|just[ ]|purely[ ]|merely[ ])?"
    r"(?:a|an|our|my)[ ](?:own[ ])?(?:best[ ]|educated[ ]|informed[ ]|wild[ ])?"
    r"(?:guess|hunch|estimate|prediction)\b"
)
_DATED = frozenset({ReleaseKind.PREMIERE_DATE, ReleaseKind.WINDOW, ReleaseKind.FILMING_PLANNED})


def guessed_next(text: str, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The facts, each time whose next sentence calls it a guess hedged."""
    return [
        replace(fact, hedged=True) if fact.kind in _DATED and _next_guess(text, fact) else fact
        for fact in facts
    ]


def _next_guess(text: str, fact: ReleaseFact) -> bool:
    if fact.hedged or not fact.evidence:
        return False
    at = text.find(fact.evidence)
    if at < 0:
        return False
    after = at + len(fact.evidence)
    return _GUESS_NEXT.match(text, after, after + 80) is not None
