"""A credit on someone's earlier work, that work the sentence's subject, for
:mod:`bot.extract.crewotherworks`.

A trailer breakdown or a profile of the source's author tells what became of their other books:
"Vell’s earlier novel Kestlecombe was adapted by Channel 9 in 2017, directed by X", "Orr's first
play The Pike was filmed in 2012, produced by Y" (invented examples). The subject is the owner's
earlier (first, previous, other, or dated) work, not the article's; the credit participle after
the comma hangs on it.
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.extract.names import WORK_TITLE
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_EARLIER_WORK = lazy_pattern(
    r"(?:^|[.!?][ ])[ “\"‘']*(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w-]*[’'](?:s)?[ ]"
    r"(?:earlier|previous|first|last|other|older|debut|\d{4})[ ](?:[a-z-]+[ ])?"
    r"(?:novel|book|memoir|novella|play|film|series|show|drama|feature|short)[ ][“\"‘']?"
    rf"(?P<work>{WORK_TITLE})[”\"’']?[ ](?:was|were|had[ ]been|has[ ]been)[ ][^.;:!?]{{0,80}}?,[ ]"
    r"(?:directed|written|produced|scored|shot|created|edited)[ ]by[ ]"
)
"""The owner's earlier work as the subject, what became of it, then the credit participle."""


def earlier_work_credit(fact: CrewFact, context: Context) -> bool:
    """Whether the credit's name follows a participle on the subject's earlier work (not ours)."""
    for found in _EARLIER_WORK.finditer(fact.evidence):
        if fact.evidence.startswith(fact.name, found.end()) and not ours(found["work"], context):
            return True
    return False
