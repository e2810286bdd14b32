"""A credit given to one name alone, for :func:`bot.extract.crew.find_crew`.

A surname alone ("Sęk-Lind is directing") is served as found. A first name that the article
also shows opening a longer name ("Odile co-wrote the script", with "Odile Prewitt's novel"
before it) is that person when exactly one full name the article knows starts with it and
every longer form the text writes is that same name; otherwise which person it is stays unsure
and the credit is held.
"""

from __future__ import annotations

import re

from bot.extract.crewkinnames import kin_surnamed, shares_surname
from bot.extract.lexicon import PARTICLE_PATTERN
from bot.extract.people import People, cut_short, is_full
from bot.facts import HELD, CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

SINGLE_DOUBT = "one name, where the article shows it opening a longer name"
FAMILY_DOUBT = "one name paired with a full name whose surname it may share"
COMPANY_DOUBT = "one unknown name making the work for a broadcaster: a production company"
_PRODUCERS = frozenset({CrewRole.PRODUCER, CrewRole.EXECUTIVE_PRODUCER})
_NEXT = rf"[ ](?:(?P<particle>{PARTICLE_PATTERN})[ ])?(?P<next>[A-Z][\w’'-]*)"
"""The word after a first name in the text: the start of its surname."""
_POSSESSIVE = lazy_pattern(r"[’'](?:s)?$")


def single_credit(name: str, role: CrewRole, evidence: str, people: People, text: str) -> CrewFact:
    """The credit for ``name``: served, resolved to the one full name it opens, or held.

    One word producing "for" a named outlet ("produced by Tallow for the BBC") is the company
    that makes it, not a person: held."""
    if role in _PRODUCERS and not is_full(name) and re.search(_for_outlet(name), evidence):
        return CrewFact(name, role, evidence, HELD, COMPANY_DOUBT)
    if not is_full(name) and (kin := kin_surnamed(name, evidence)) is not None:
        return CrewFact(people.resolve(kin) or kin, role, evidence)
    if not is_full(name) and shares_surname(name, evidence):
        return CrewFact(name, role, evidence, HELD, FAMILY_DOUBT)
    if is_full(name) or not cut_short(name, text):
        return CrewFact(name, role, evidence)
    full = _opened(name, people, text)
    if full is None:
        return CrewFact(name, role, evidence, HELD, SINGLE_DOUBT)
    return CrewFact(full, role, evidence)


def _for_outlet(name: str) -> str:
    """A pattern for ``name`` making the work "for" an outlet: "Tallow for the BBC"."""
    return rf"\b{re.escape(name)}[ ]for[ ](?:the[ ])?[A-Z]"


def _opened(name: str, people: People, text: str) -> str | None:
    """The one known full name ``name`` opens, if the text writes no other one."""
    known = [full for full in people.ordered() if full.split()[0] == name]
    if len(known) != 1:
        return None
    surname_start = known[0].split()[1]
    pattern = re.compile(rf"\b{re.escape(name)}{_NEXT}")
    for match in pattern.finditer(text):
        if (match["particle"] or _POSSESSIVE.sub("", match["next"])) != surname_start:
            return None
    return known[0]
