"""A work's possessive over its actor in a list of people, for :mod:`bot.extract.castowned`.

Premiere and party copy tells a guest by the show they are known for: "Spotted: Tin Lane's Ada
Vale and Tom Reed in the crowd". The words owned are a full name, and the next in the list is a
full name with no part of its own (no possessive, no "as", no "plays"), then where they were or
the sentence's end: a list of people, so the owner is a work and Ada Vale no part. "Ada Vale's
Mira Holt and Tom Reed, as Gus, ..." pairs two parts and "Ada Vale's Mira Holt and Tom Reed's Gus"
owns both, so both stay (invented examples).
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import FULL_NAME

_PEOPLE_LISTED = lazy_pattern(
    rf"[ ](?:and|&)[ ]{FULL_NAME}(?![\w’'-])"
    r"(?=[ ](?:in|at|among|on)[ ]the[ ]|[ ](?:were|was|are|arrived|turned[ ]up|posed)\b|[.;!]|$)"
)
"""The next in a list of people after the owned full name: " and Tom Reed in the crowd"."""


def listed_people(chunk: str, owned_end: int) -> bool:
    """Whether the full name owned up to ``owned_end`` is listed with another person who has no
    part: the possessive's owner is the work they are known for."""
    return _PEOPLE_LISTED.match(chunk, owned_end) is not None
