"""A name glossed with its abbreviation, for :mod:`bot.extract.castchecks`.

An outlet introduces a broadcaster or other organisation with its short form in brackets:
"Polish Public Television (TVP) began filming", "Radio Lumen Nord (RLN) commissioned it".
"Name (Name)" reads like an actor and a part; a bracket of capitals spelling the other side's
letters in order is its abbreviation, never a casting, so the pair is held, never served.
"""

from __future__ import annotations

import unicodedata

from bot.facts import CastFact, held

ABBREVIATION_DOUBT = "the bracket is the other name's abbreviation (an organisation)"


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def _abbreviates(short: str, name: str) -> bool:
    """``short`` is 2-6 capitals, the first the name's own, the rest its letters in order."""
    if not 2 <= len(short) <= 6 or not short.isalpha() or not short.isupper() or " " not in name:
        return False
    letters, initials = _plain(name), _plain(short)
    rest = iter(letters[1:])
    return letters[0] == initials[0] and all(letter in rest for letter in initials[1:])


def abbreviation_bracket(fact: CastFact) -> CastFact:
    """``fact`` held when its pair is a name and, in brackets, that name's abbreviation."""
    if not fact.served:
        return fact
    for name, short in ((fact.actor, fact.character), (fact.character, fact.actor)):
        if _abbreviates(short, name) and f"{name} ({short})" in fact.evidence:
            return held(fact, ABBREVIATION_DOUBT)
    return fact
