"""Crew credits hung on another work told by its channel in brackets, for
:mod:`bot.extract.crewotherworks`.

"If you like this, try: Tin Lane (Vela), in which X plays Y, directed by Z", "Tin Lane (BBC
Two), directed by Z", "Tin Lane (BBC Two), written and directed by Z" (invented): a guide's or
review's pick, the title told as a work by its channel or year in brackets, then the credit
participle or paired participles (maybe after a clause on who plays whom). When that title is
not the article's own, the credit is that work's.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.crewwords import CREDIT_PARTICIPLE
from bot.extract.cues import occurrences
from bot.extract.lexicon import BROADCASTER
from bot.extract.names import WORK_TITLE
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_CREDITED = lazy_pattern(
    rf"(?P<work>{WORK_TITLE})[”\"’]?[ ]\((?:{BROADCASTER}[^()]{{0,30}}|\d{{4}})\),[ ]"
    r"(?:(?:in[ ]which|where)[ ][^,;:.()]{1,80},[ ])?"
    rf"{CREDIT_PARTICIPLE}(?:(?:,[ ]|,?[ ]and[ ]){CREDIT_PARTICIPLE}){{0,2}}[ ]by[ ]"
    r"(?:(?:[A-Z][\w’'-]*[ ]){1,3}(?:and|&)[ ])?$"
)
"""A work and its channel or year in brackets, maybe a clause on who plays whom, then the
credit participle right before the name (or the first of a pair before it); the participles
may be paired ("written and directed by Z")."""


def outlet_work_credit(fact: CrewFact, is_ours: Callable[[str], bool]) -> bool:
    """Whether the credit hangs on a work told by its channel in brackets that is not the
    article's own (``is_ours`` says which titles are)."""
    text = fact.evidence
    if "(" not in text:
        return False
    for at in occurrences(fact.name, text):
        match = _CREDITED.search(text, max(at - 200, 0), at)
        if match is not None and not is_ours(match["work"]):
            return True
    return False
