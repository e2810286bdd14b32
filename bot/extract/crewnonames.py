"""A one-word crew name that is no one's name, for :mod:`bot.extract.crewchecks`.

"The director is French" tells where the director is from, and a list's "created by A and D. B.
Vale" leaves a lone initial when cut at its stop: neither word names anybody, so neither is a
credit. Only such words go; a lone surname ("Vale wrote the script") is still a credit, the
store matching it to the full name.
"""

from __future__ import annotations

from bot.extract.castforms import ORIGINS
from bot.facts import CrewFact


def no_name(fact: CrewFact) -> bool:
    """Whether ``fact``'s name is one word that names no one: a nationality or a lone initial."""
    name = fact.name.strip().rstrip(".")
    if " " in name:
        return False
    return len(name) == 1 or name in ORIGINS
