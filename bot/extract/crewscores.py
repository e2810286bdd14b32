"""A score credited through the film it was written for, for :mod:`bot.extract.crewforms`:
"X wrote most of the score for <our title>" (another title's score says nothing of ours)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.names import NAME
from bot.facts import CrewRole

_SCORE_FOR = re.compile(
    rf"(?P<name>{NAME})[ ](?:wrote|composed|writes|is[ ]writing|has[ ]written)[ ]"
    r"(?:(?:most|much|all|part|some)[ ]of[ ])?the[ ](?:score|music|soundtrack)[ ]for[ ]"
    rf"[“\"‘']?(?P<title>{NAME})"
)

SCORED = (
    r"scored(?![ ](?:a|an|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|dozens|several|more|most|top|big|high|highly|well|best|record|(?:the|its|"
    r"their)[ ](?:biggest|highest|best|top|most|largest|strongest))\b)"
)
"""Scoring a film, not scoring nominations, nods, points or a hit ("X has scored seven nods")."""


def score_for(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """The composer of the score written for the article's own film."""
    if " for " not in chunk or ("score" not in chunk and "music" not in chunk):
        return
    for match in _SCORE_FOR.finditer(chunk):
        if context.is_known(match["title"]):
            yield match["name"], CrewRole.COMPOSER
