"""A successor in a craft role, for :mod:`bot.extract.crewlisted`: "A, who took over from
series director B for the film, ...", "A, stepping in for the series directors B and C, ..." and
"A takes over from composer B" make A the director or composer, as does "A takes over as director
from B" (B is the one who left; a title after B makes it another work's, so nothing) or "A takes
over from B, who directed the first film"."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_WORDS = (
    "director",
    "writer",
    "screenwriter",
    "composer",
    "editor",
    "cinematographer",
)
_WORD = "|".join(_WORDS)
_SUCCEEDS = lazy_pattern(
    rf"(?P<name>{NAME})(?:,[ ]who|[ ]who|,(?=[ ](?:taking|stepping)[ ]))?[ ](?:has[ ])?"
    r"(?:(?:took|takes|has[ ]taken|is[ ]"
    r"taking|taking)[ ]over|(?:steps|stepped|stepping|is[ ]stepping)[ ]in)"
    r"[ ](?:(?:from|for)[ ](?:the[ ])?(?:(?:series|original|previous|former|first-season)[ ])?"
    rf"(?P<role>{_WORD})s?[ ]|as[ ](?:the[ ])?(?P<post>{_WORD})[ ]from[ ]){NAME}"
    rf"(?:[ ]and[ ]{NAME})?"
    r"(?=[,.;]|$|[ ](?:for|on)[ ](?:the|this)[ ](?:film|movie|feature|sequel|series|show)\b)"
)


_SUCCEEDS_WHO = lazy_pattern(
    rf"(?P<name>{NAME})(?:[ ]\([^()]{{1,60}}\)|,[ ]who[ ][^,;()“”\"]{{1,60}},)?[ ](?:has[ ])?"
    rf"(?:took|takes|has[ ]taken|is[ ]taking)[ ]over[ ]from[ ]{NAME}(?:[ ]and[ ]{NAME})?,[ ]who[ ]"
    r"(?:had[ ])?(?P<did>directed|helmed|wrote|scored|edited|shot)[ ](?:the|both|all)[ ]"
    r"(?:(?:first|previous|original|earlier|last|two|three)[ ])+"
    r"(?:film|films|movie|movies|season|seasons|series|instalments?)\b"
)
"""The craft told by what the predecessor did: "A (B, C) takes over from D, who directed the
first film" or "A, who shot T, takes over from D and E, who helmed the three seasons" makes A
the director (what D did before, on our work's earlier run)."""


def successors(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """Each successor named by a "took over from <role> B" clause, with B's role."""
    if " over from " not in chunk and " over as " not in chunk and " in for " not in chunk:
        return
    for match in _SUCCEEDS.finditer(chunk):
        yield match["name"], CREW_WORDS[match["role"] or match["post"]]
    if ", who " in chunk:
        yield from ((m["name"], CREW_WORDS[m["did"]]) for m in _SUCCEEDS_WHO.finditer(chunk))
