"""A producer credit shaped like a company's, for :func:`bot.extract.crewchecks.checked_crew`: a
one-word producer the article never names in full ("produced by Northlight", each of "produced
by Northlight and Channel9"; a person's surname resolves to their full name before this is
asked, as tests/extract/test_crew_company_producers.py pins),
or a name ending in a company's word ("produced by Neon Crow Audio"), or the maker a channel or
streamer commissioned ("produced by Ashfield Row for ITV": a production company makes a show for
a broadcaster, while a person is told producing for their company, "produced by X for Lumen
Films"; an executive producer "for Netflix" is a person's credit and stays). A company, not a
person: held.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import CHANNEL
from bot.extract.names import NAME, is_full
from bot.facts import CrewFact, CrewRole, held

_COMPANY_WORD = lazy_pattern(r"[ ](?:Audio|Podcasts?|Sound|Records|Radio)$")
_COMPANY_DOUBT = "a producer's name shaped like a company's"
_FOR_CHANNEL = lazy_pattern(
    rf"(?<![Ee]xecutive[ ])(?<![Ee]xecutive-)\bproduced[ ]by[ ](?P<name>{NAME})[ ]for[ ](?:the[ ])?"
    rf"{CHANNEL}(?:[ ](?!Studios)[A-Z0-9][\w+]*)?(?=[.,;]|$)"
)
"""A maker producing for a channel or streamer alone: "produced by Ashfield Row for ITV." (not
"for Sky Studios", a studio, nor "for BBC One and Lumen Films", a company among them)."""


def company_producer(fact: CrewFact) -> CrewFact:
    """The producer credit held where its name is shaped like a company's."""
    if fact.role is not CrewRole.PRODUCER:
        return fact
    if _COMPANY_WORD.search(fact.name):
        return held(fact, _COMPANY_DOUBT)
    if not is_full(fact.name):
        return held(fact, _COMPANY_DOUBT)
    if " for " in fact.evidence and any(
        found["name"] == fact.name for found in _FOR_CHANNEL.finditer(fact.evidence)
    ):
        return held(fact, _COMPANY_DOUBT)
    return fact
