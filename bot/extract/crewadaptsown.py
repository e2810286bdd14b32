"""A writer told in the present as adapting their own books, for :mod:`bot.extract.crewasides`:
"Mara Vale adapts her own novels", "Vale, who created the series and adapts her own graphic
novels once again" (invented examples). The books are hers (author) and the adapting is this
work's script (writer); the past "who adapted her own novels" may be an earlier work's and stays
with the aside rules."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_ADAPTS_OWN = lazy_pattern(
    rf"(?P<name>{NAME})(?:,[ ]who(?:[ ][^,;.:“”\"()]{{1,60}}?[ ]and)?)?[ ]"
    r"(?:adapts|is[ ]adapting)[ ](?:his|her|their)[ ]own[ ](?:[\w-]+[ ]){0,2}?"
    r"(?:graphic[ ]novels?|novels?|books?|comics?|webcomics?|memoirs?)\b"
)


def adapts_own(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """(name, role) for the author and writer who adapts their own books."""
    if " own " not in chunk or "adapt" not in chunk:
        return
    for match in _ADAPTS_OWN.finditer(chunk):
        yield match["name"], CrewRole.AUTHOR
        yield match["name"], CrewRole.WRITER
