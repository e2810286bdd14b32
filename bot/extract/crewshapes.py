"""The last check on every crew credit, whatever rule found it: its name must look like a
person's in the sentence it came from.

A name that the sentence only uses inside a company's name ("Harrow & Vale Pictures is
producing" gives "Harrow"; "Tallis Brook Films will produce" gives "Tallis Brook") is a company,
not a producer: the credit is held, not served. A name the sentence also uses on its own keeps
its credit.
"""

from __future__ import annotations

import re

from bot.facts import CrewFact, held

_COMPANY_WORD = (
    r"(?:Pictures|Films?|Studios?|Productions?|Media|Entertainment|Releasing|Distribution|"
    r"Television|Network|Records|Group|Company|Features|Animation|Partners|Filmworks|Industries)"
)
_CAPITAL = r"[A-Z][\w’'-]*"
_COMPANY_TAIL = re.compile(rf"(?:[ ]&[ ]{_CAPITAL})*(?:[ ]{_CAPITAL}){{0,2}}?[ ]{_COMPANY_WORD}\b")
"""What follows a name inside a company's name: " & Vale Pictures", " Brook Films"."""
_DOUBT = "a name the sentence uses only as part of a company's name"


def shaped_crew(crew: list[CrewFact]) -> list[CrewFact]:
    """``crew`` with every credit whose name is only ever a company's part held."""
    return [held(fact, _DOUBT) if _company_part(fact) else fact for fact in crew]


def _company_part(fact: CrewFact) -> bool:
    """Whether the evidence names ``fact.name`` only inside a company's name."""
    name, evidence = fact.name, fact.evidence
    at = evidence.find(name)
    found = at >= 0
    while at >= 0:
        end = at + len(name)
        if _COMPANY_TAIL.match(evidence, end) is None:
            return False
        at = evidence.find(name, end)
    return found
