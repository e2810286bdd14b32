"""Crew credits told of a work pointed back at with "that", for :mod:`bot.extract.crewotherworks`.

A trade's or profile's aside recalls another work, then credits it: "In Tin Lane, Vale played a
detective; that series was directed by X" (invented). "That" points away from the article's own
work ("this film", "the series"): the credit is the other work's.
"""

from __future__ import annotations

from bot.extract.crewwords import CREDIT_PARTICIPLE
from bot.extract.cues import occurrences
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_THAT_WORK = lazy_pattern(
    r"(?:^|[;:,.–—][ ]|\b(?:and|but)[ ])[Tt]hat[ ](?:[a-z-]+[ ])?(?<!the[ ])(?<!a[ ])(?<!an[ ])"
    r"(?<!this[ ])(?<!his[ ])(?<!her[ ])(?<!its[ ])(?<!their[ ])"
    r"(?:series|film|show|drama|movie|play|season|production"
    r"|thriller|comedy|documentary|feature)[ ](?:was|is|had[ ]been|has[ ]been)[ ]"
    rf"(?:also[ ])?{CREDIT_PARTICIPLE}[ ]by[ ]"
    r"(?:(?:[A-Z][\w’'-]*[ ]){1,3}(?:and|&)[ ])?$"
)
"""Right before the name, "that" opening a clause: "; that series was directed by ", "and that
film was written by X and " (not a conjunction's "that": "adding that the film is written by")."""


def that_work_credit(fact: CrewFact) -> bool:
    """Whether the credit is told of a work pointed back at with "that"."""
    text = fact.evidence
    if "hat " not in text:
        return False
    return any(
        _THAT_WORK.search(text, max(at - 100, 0), at) is not None
        for at in occurrences(fact.name, text)
    )
