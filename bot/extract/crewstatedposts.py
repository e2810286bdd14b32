"""A post stated after the name outranks the verb the name was added on to, for
:mod:`bot.extract.crewchecks`.

"Ada Vale executive produces, with Tom Reyes as producer" gives Reyes the verb's post as well as
his own; "as producer" states his post, so his executive producer's credit from that sentence is
dropped. "with Tom Reyes as executive producer" keeps it (invented examples).
"""

from __future__ import annotations

from bot.facts import CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_AS_PRODUCER = lazy_pattern(r"[ ]as[ ](?:the[ ]|a[ ])?(?:co-)?producers?\b")
"""Right after the name: "as producer", "as a producer" (never "as executive producer")."""


def stated_producer(fact: CrewFact, roles: set[tuple[str, str, CrewRole]]) -> bool:
    """Whether ``fact`` is an executive producer's credit for someone the same sentence calls a
    producer right after their name, the producer's credit found too."""
    if fact.role is not CrewRole.EXECUTIVE_PRODUCER:
        return False
    if (fact.name, fact.evidence, CrewRole.PRODUCER) not in roles:
        return False
    at = fact.evidence.find(fact.name)
    return at >= 0 and _AS_PRODUCER.match(fact.evidence, at + len(fact.name)) is not None
