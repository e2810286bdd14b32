"""Credits whose holders a relative clause says are not on this production, for
:mod:`bot.extract.crewchecks`.

A film of a show, or a new run, recalls who made the earlier ones and adds that they are not
back: "the three series, all directed by Ada Vell or Tom Reese, neither of whom is on this one",
"written by Ada Vell and Tom Reese, none of whom are involved this time", "shared out between
directors Ada Vell and Tom Reese, and neither is on this shoot", "directed by Ada Vell and Tom
Reese; neither is on this production" (invented). The credit belongs
to the earlier runs. A clause on the holders' past ("directed by Ada Vell and Tom
Reese, neither of whom had made a film before") keeps the credit ours.
"""

from __future__ import annotations

from bot.extract.cues import word_led
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_DISOWNED_AFTER = lazy_pattern(
    r"(?![\w’'-])(?:(?:,|[ ]and|[ ]or|,[ ]and|,[ ]or)[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})*"
    r"[,;][ ](?:and[ ])?(?:neither|none)(?:[ ]of[ ](?:whom|them))?[ ]"
    r"(?:is|are|was|were|will[ ]be|has[ ]been|have[ ]been)[ ](?:(?:now|currently|also)[ ])?"
    r"(?:(?:on|in|part[ ]of|working[ ]on|involved[ ]"
    r"(?:in|with))[ ](?:this|these|it|the[ ]new)\b|involved(?=[ ]this[ ]time|[,.;)]|$)|back\b"
    r"|returning\b|attached\b)"
)
"""After the name and any names listed with it, a clause saying none of them is on this one:
"is on this one", "is involved this time", "is back"; not a clause on something else ("is on
social media", "has been in the director's chair before", "was involved in the dispute")."""


def disowned(fact: CrewFact) -> bool:
    """Whether a clause after the credited names says they are not on this production."""
    if "neither" not in fact.evidence and "none" not in fact.evidence:
        return False
    return next(word_led(fact.name, fact.evidence, _DISOWNED_AFTER), None) is not None
