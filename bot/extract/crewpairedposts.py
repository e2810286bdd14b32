"""A second post set off like the first, for :mod:`bot.extract.crewlisted`: "The film's
cinematographer, Ada Vale, and editor, Ben Ode, are both nominated" makes Ben Ode the editor
(the first apposition is read by :mod:`.crew`; the "and" carries its owner over to the second).
Only the production's own posts: "The", "Its" or "Our", never another work's name."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_POST = (
    r"(?:casting[ ]director|executive[ ]producer|director|producer|editor|composer|"
    r"cinematographer|screenwriter|writer)"
)
_PAIRED = lazy_pattern(
    rf"\b(?:The|the|Its|its|Our|our)[ ](?:(?:film|movie|series|show)[’']s[ ])?{_POST},[ ]{NAME},"
    rf"[ ]and[ ](?:the[ ]|its[ ]|our[ ])?(?P<post>{_POST}),[ ](?P<name>{NAME}),"
)


def paired_posts(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The name set off after "and <post>," that follows a first set-off post."""
    if ", and " not in chunk:
        return
    for match in _PAIRED.finditer(chunk):
        yield match["name"], CREW_WORDS[" ".join(match["post"].split())]
