"""A home release, or another territory's release, after the film's opening is not its premiere.

"Copper Bay opened in cinemas on 3 October ... It is available to rent on digital platforms from
20 January": beside an earlier release day, the later day it comes to rental, purchase, disc or
on demand is a later home release, not the premiere. So is another country's release told as
following ("The US release follows on 18 December", "with a French release to follow on 2 May"):
the same film, opening later elsewhere. Either fact is held, not dropped.
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
_TERRITORY_FOLLOWS = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)[ ](?:[A-Z][\w’'-]*[ ]){1,2}(?:release|opening|launch|rollout)[ ]"
    r"(?:follows|will[ ]follow|is[ ](?:due|set)[ ]to[ ]follow|to[ ]follow)\b"
)
"""A release in a named place told as following another ("The US release follows on ...")."""


def home_releases(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The facts, each premiere day told as a home release after an earlier one held."""
    days = [
        f.date
        for f in facts
        if f.kind is ReleaseKind.PREMIERE_DATE
        and f.date is not None
        and f.confidence >= SERVE_LINE
        and _later(f.evidence) is None
    ]
    return [
        held(f, "a later home or territory release")
        if f.kind is ReleaseKind.PREMIERE_DATE
        and f.date is not None
        and any(day < f.date for day in days)
        and _later(f.evidence) is not None
        else f
        for f in facts
    ]


def _later(evidence: str) -> re.Match[str] | None:
    """The words telling the release as a later one: a home release or another place's."""
    return _HOME.search(evidence) or _TERRITORY_FOLLOWS.search(evidence)
