"""A source's maker is no creator by that alone, for :func:`bot.extract.extract_facts`.

"The film closes the story Ada Vale began as a webcomic" makes Ada Vale the source's author;
it credits her as the production's creator only when the article also speaks of its creator
("its creator and stars", "Vale, who created the series") or says she created the story ("who
created the story as a webcomic"): otherwise the credit is dropped.
"""

from __future__ import annotations

from bot.extract.crewverbs import BEGAN_AS
from bot.extract.names import NAME
from bot.facts import CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_BEGAN = lazy_pattern(rf"(?P<name>{NAME}){BEGAN_AS}")
_CREATOR = lazy_pattern(
    r"\b(?:[Cc]o-)?[Cc]reators?\b|\b(?:co-)?created[ ](?:the|this|its)[ ](?:[\w’'-]+[ ]){0,2}"
    r"(?:series|show|programme|drama|film|sitcom|comedy)\b"
)
"""The article speaks of the production's creator: "its creator", "who created the series".
Searched only in a text holding "reator" or "created " (one of which any match holds): most
texts hold neither, and the pattern's pass over all of one costs far more."""


def source_creators_dropped(crew: list[CrewFact], text: str) -> list[CrewFact]:
    """``crew`` without a creator credit told only by "the story X began as a webcomic", when
    nothing in ``text`` speaks of a creator."""
    if ("reator" in text or "created " in text) and _CREATOR.search(text) is not None:
        return crew
    return [fact for fact in crew if not _only_began(fact)]


def _only_began(fact: CrewFact) -> bool:
    if fact.role is not CrewRole.CREATOR or " as a" not in fact.evidence:
        return False
    last = fact.name.rsplit(maxsplit=1)[-1]
    return any(
        last in match["name"] and " created " not in match[0]  # "who created the story as a"
        for match in _BEGAN.finditer(fact.evidence)
    )
