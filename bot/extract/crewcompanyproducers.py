"""A producer told as the producing company's person, for :mod:`bot.extract.crewforms`.

A bare "X produced." says nothing of which work, but told with the company that produces the
article's work it is that work's credit: "the film is produced by Lumen Films, whose X produced",
or an interviewer's "X at Lumen produced." (the sentence opens on the person and the company).
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_COMPANY = r"[A-Z][\w’'&-]*(?:[ ][A-Z][\w’'&-]*){0,3}"
"""The company's name: "Lumen", "Lumen Films"."""
_COMPANY_PRODUCER = lazy_pattern(
    r"\b(?:film|movie|series|show|it)[ ](?:is|was|will[ ]be)[ ](?:being[ ])?(?:co-)?produced[ ]"
    rf"by[ ]{_COMPANY},[ ]whose[ ](?P<whose>{NAME})[ ](?:co-)?produced(?=[.;]|$)"
    rf"|^[ “\"‘']*(?P<name>{NAME})[ ]at[ ]{_COMPANY}[ ](?:co-)?produced(?=[.;]|$)"
)
"""The work produced by the company "whose X produced", or "X at Lumen produced." alone."""


def company_producers(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The producer told as the producing company's person (see above): yields (name,
    ``CrewRole.PRODUCER``) pairs."""
    for match in _COMPANY_PRODUCER.finditer(chunk):
        yield match["whose"] or match["name"], CrewRole.PRODUCER
