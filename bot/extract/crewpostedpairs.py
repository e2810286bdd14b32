"""A pair whose first name has its post, then a relative clause, for :mod:`.crewchecks`.

"The cast came on stage with director Ada Vale and Mira Holt, who created the series and
wrote the script" (invented): the post before the first name already says who she is, so the
clause after the pair tells the second name alone. A credit the clause gives the first name
(creator, writer), other than her post, is dropped; her post's own credit stays.
"""

from __future__ import annotations

from bot.extract.crewroles import roles
from bot.extract.lexicon import CREW_POSTS
from bot.extract.names import NAME
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_POSTED_PAIR = lazy_pattern(
    rf"\b(?P<post>(?i:{CREW_POSTS}))[ ](?P<first>{NAME})[ ]and[ ](?P<second>{NAME}),[ ]who[ ]"
)
"""A post, its holder, "and" a second name with no post, then "who": "director Ada Vale and
Mira Holt, who ..."."""


def posted_first_of_pair(fact: CrewFact) -> bool:
    """Whether ``fact`` is a credit that a relative clause after "<post> X and Y" gives X,
    other than the post X is given."""
    if ", who " not in fact.evidence:
        return False
    for pair in _POSTED_PAIR.finditer(fact.evidence):
        if pair["first"] == fact.name and fact.role not in roles(pair["post"]):
            return True
    return False
