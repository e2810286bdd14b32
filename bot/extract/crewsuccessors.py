"""A successor in a craft role, for :mod:`bot.extract.crewlisted`: "A, who took over from
series director B for the film, ..." and "A takes over from composer B" make A the director or
composer (B is the one who left; a title after B makes it another work's, so nothing)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.facts import CrewRole

_WORDS = (
    "director",
    "writer",
    "screenwriter",
    "composer",
    "editor",
    "cinematographer",
)
_SUCCEEDS = re.compile(
    rf"(?P<name>{NAME})(?:,[ ]who|[ ]who)?[ ](?:has[ ])?(?:took|takes|has[ ]taken|is[ ]taking)"
    r"[ ]over[ ]from[ ](?:the[ ])?(?:(?:series|original|previous|former|first-season)[ ])?"
    rf"(?P<role>{'|'.join(_WORDS)})[ ]{NAME}"
    r"(?=[,.;]|$|[ ](?:for|on)[ ](?:the|this)[ ](?:film|movie|feature|sequel|series|show)\b)"
)


def successors(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """Each successor named by a "took over from <role> B" clause, with B's role."""
    if " over from " not in chunk:
        return
    yield from ((m["name"], CREW_WORDS[m["role"]]) for m in _SUCCEEDS.finditer(chunk))
