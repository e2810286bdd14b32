"""The source's author told with "of", for :mod:`bot.extract.crewlisted`: "based on the graphic
novels of Ada Vale", "the story of two boys from the novels of Tom Reyes", "adapted from the
books of Mo Li" (invented examples; "by" is read by the main source pattern)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewasides import BOOK_NOUN
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_SOURCE_OF = lazy_pattern(
    rf"\b(?:based[ ]on|(?:adapted[ ])?from)[ ]the[ ](?:[a-z][\w-]*[ ]){{0,2}}?{BOOK_NOUN}"
    rf"[ ]of[ ](?P<name>{NAME})(?![’'-])"
)


def source_of_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The author of each "from the novels of X" or "based on the books of X"."""
    if " of " in chunk and ("from the " in chunk or "based on the " in chunk):
        yield from ((m["name"], CrewRole.AUTHOR) for m in _SOURCE_OF.finditer(chunk))
