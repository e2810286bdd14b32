"""Credits of a maker's previous work, for :mod:`bot.extract.crewotherworks`.

A trade story names, in passing, who made the company's or the writer's work before this one:
"Vela Pictures' previous production, the feature Tin Lane (2022), was directed by X", "Her
earlier film was written by X" (invented). That credit is the earlier work's, told in the past
as the sentence's subject; never the article's work's.
"""

from __future__ import annotations

from bot.extract.crewwords import CREDIT_PARTICIPLE
from bot.extract.names import NAME
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_EARLIER = r"(?:previous|earlier|former|prior|other|rival|sister|companion)"
"""The words that make a maker's work another than the article's own (not "first" nor "last":
the article's may be either)."""
_WORK = r"(?:production|film|feature|series|show|drama|project|movie|documentary|comedy)"
_PREVIOUS_CREDITED = lazy_pattern(
    rf"(?:^|(?<=[ ]))(?:{NAME}(?:[’']s|[’'])|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ ]{_EARLIER}"
    rf"[ ]{_WORK}(?:,[ ][^,;:.]{{1,80}},)?[ ](?:was|were|had[ ]been)[ ](?:[a-z]+[ ])?"
    rf"{CREDIT_PARTICIPLE}[ ]by[ ](?:(?:[A-Z][\w’'-]*[ ]){{1,3}}(?:and|&)[ ])?$"
)
"""A maker's previous work as the subject of a past passive credit, maybe with an apposition,
right before the name: "Vela's previous production, the feature Tin Lane, was directed by "."""


def previous_work_credit(fact: CrewFact) -> bool:
    """Whether the credit is told of a maker's previous work ("Vela's previous production was
    directed by X")."""
    text = fact.evidence
    shown = fact.name if fact.name in text else fact.name.rsplit(" ", 1)[-1]
    at = text.find(shown)
    while at >= 0:
        if _PREVIOUS_CREDITED.search(text, max(at - 200, 0), at) is not None:
            return True
        at = text.find(shown, at + len(shown))
    return False
