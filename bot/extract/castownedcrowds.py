"""A work's possessive over its actor in a list of people, for :mod:`bot.extract.castowned`.

Premiere and party copy tells a guest by the show they are known for: "Spotted: Tin Lane's Ada
Vale and Tom Reed in the crowd". The words owned are a full name, and the next in the list is a
full name with no part of its own (no possessive, no "as", no "plays"), then where they were or
the sentence's end: a list of people, so the owner is a work and Ada Vale no part. "Ada Vale's
Mira Holt and Tom Reed, as Gus, ..." pairs two parts and "Ada Vale's Mira Holt and Tom Reed's Gus"
owns both, so both stay (invented examples). The same list may lead with a guest told as a
work's star: "Guests included Tin Lane star Kai Lund and Glimmer's Ada Vale" owns Ada Vale by her
work, like Kai Lund's.
"""

from __future__ import annotations

from bot.extract.names import FULL_NAME
from bot.extract.text import UPPER
from bot.lazy_patterns import lazy_pattern

_PEOPLE_LISTED = lazy_pattern(
    rf"[ ](?:and|&)[ ]{FULL_NAME}(?![\w’'-])"
    r"(?=[ ](?:in|at|among|on)[ ]the[ ]|[ ](?:were|was|are|arrived|turned[ ]up|posed)\b|[.;!]|$)"
)
"""The next in a list of people after the owned full name: " and Tom Reed in the crowd"."""


def listed_people(chunk: str, owned_end: int) -> bool:
    """Whether the full name owned up to ``owned_end`` is listed with another person who has no
    part: the possessive's owner is the work they are known for."""
    return _PEOPLE_LISTED.match(chunk, owned_end) is not None


_STAR_BEFORE = lazy_pattern(
    rf"{UPPER}[\w’'-]*[ ](?:star|actor|actress)[ ]{FULL_NAME}[ ](?:and|&)[ ]\Z"
)
"""The list's previous guest told by a work they star in: "Tin Lane star Kai Lund and "."""


def listed_after_star(chunk: str, owned_start: int) -> bool:
    """Whether the possessive starting at ``owned_start`` follows a guest told as a work's star
    in the same list: its owner is a work too, and the full name owned a guest, not a part."""
    return _STAR_BEFORE.search(chunk, max(owned_start - 90, 0), owned_start) is not None
