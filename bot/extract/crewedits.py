"""An editor named by their edit, for :mod:`bot.extract.crewlisted`: "X’s edit, at nearly two
hours, could lose ten minutes", "Y's brisk edit keeps the story moving" (a review's idiom). The
name must be given in full, and an edit "of" something ("Z's edit of the trailer went viral")
is a fan's cut, not the production's."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CRAFT_RUN
from bot.extract.names import FULL_NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_EDIT_OF = lazy_pattern(
    rf"(?P<name>{FULL_NAME})[’']s[ ]{CRAFT_RUN}{{0,2}}?edit(?=[ ,;])(?![ ]of\b)"
)


def edit_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The full name whose edit the sentence judges."""
    if " edit" not in chunk:
        return
    yield from ((m["name"], CrewRole.EDITOR) for m in _EDIT_OF.finditer(chunk))
