"""A producer credit shaped like a company's, for :func:`bot.extract.crewchecks.checked_crew`: a
one-word producer the article never names in full ("produced by Northlight", each of "produced
by Northlight and Channel9"; a person's surname resolves to their full name before this is
asked, as tests/extract/test_crew_company_producers.py pins),
or a name ending in a company's word ("produced by Neon Crow Audio"), or in a place's or a
trade's noun that is no one's surname ("produced by Gannet Point", "by Tinder Quay", "by Owl
Fiction", invented): a company named like a person, not a person. Held. A noun some people
bear as a surname ("Harbour", as an actor's) is left out: "produced by Dana Harbour" is hers.
"""

from __future__ import annotations

from bot.extract.people import is_full
from bot.facts import CrewFact, CrewRole, held
from bot.lazy_patterns import lazy_pattern

_COMPANY_WORD = lazy_pattern(
    r"[ ](?:Audio|Podcasts?|Sound|Records|Radio|Point|Quay|Wharf|Dock|Yard|Cove|Road|"
    r"Avenue|Square|Lantern|Republic|Fiction|Drama|Screen|Works|Factory|Collective|Partners)$"
)
_COMPANY_DOUBT = "a producer's name shaped like a company's"


def company_producer(fact: CrewFact) -> CrewFact:
    """The producer credit held where its name is shaped like a company's."""
    if fact.role is not CrewRole.PRODUCER:
        return fact
    if _COMPANY_WORD.search(fact.name):
        return held(fact, _COMPANY_DOUBT)
    if not is_full(fact.name):
        return held(fact, _COMPANY_DOUBT)
    return fact
