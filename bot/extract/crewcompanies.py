"""A producer credit shaped like a company's, for :func:`bot.extract.crewchecks.checked_crew`: a
one-word producer the article never names in full, joined by "and" to another one-word producer
("produced by Northlight and Channel9"), or a name ending in a company's word ("produced by Neon
Crow Audio"). A company, not a person: held.
"""

from __future__ import annotations

import re

from bot.extract.names import is_full
from bot.facts import CrewFact, CrewRole, held

_CAP = r"[A-Z][\w’'-]*"
_COMPANY_WORD = re.compile(r"[ ](?:Audio|Podcasts?|Sound|Records|Radio)$")
_ONE_WORD_PAIR = re.compile(rf"\bby[ ](?P<first>{_CAP})[ ](?:and|&)[ ](?P<second>{_CAP})\b")
_COMPANY_DOUBT = "a producer's name shaped like a company's"


def company_producer(fact: CrewFact) -> CrewFact:
    """The producer credit held where its name is shaped like a company's."""
    if fact.role is not CrewRole.PRODUCER:
        return fact
    if _COMPANY_WORD.search(fact.name):
        return held(fact, _COMPANY_DOUBT)
    if is_full(fact.name):
        return fact
    for match in _ONE_WORD_PAIR.finditer(fact.evidence):
        if fact.name in (match["first"], match["second"]):
            return held(fact, _COMPANY_DOUBT)
    return fact
