"""A home release after the film's opening is not its premiere.

"Copper Bay opened in cinemas on 3 October ... It is available to rent on digital platforms from
20 January": beside an earlier release day, the later day it comes to rental, purchase, disc or
on demand is a later home release, not the premiere. The fact is held, not dropped.
"""

from __future__ import annotations

import re

from bot.facts import SERVE_LINE, ReleaseFact, ReleaseKind, held

_HOME = re.compile(
    r"\b(?:available|out|released)[ ]to[ ](?:rent|buy|own|download)\b|"
    r"\b(?:to[ ]rent|to[ ]buy|on[ ]digital(?:[ ]platforms|[ ]download)?|on[ ]demand|"
    r"on[ ](?:dvd|blu-ray)|home[ ](?:entertainment|release)|premium[ ]video)\b",
    re.IGNORECASE,
)


def home_releases(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The facts, each premiere day told as a home release after an earlier one held."""
    days = [
        f.date
        for f in facts
        if f.kind is ReleaseKind.PREMIERE_DATE
        and f.date is not None
        and f.confidence >= SERVE_LINE
        and _HOME.search(f.evidence) is None
    ]
    return [
        held(f, "a later home release")
        if f.kind is ReleaseKind.PREMIERE_DATE
        and f.date is not None
        and any(day < f.date for day in days)
        and _HOME.search(f.evidence) is not None
        else f
        for f in facts
    ]
