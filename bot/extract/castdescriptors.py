"""Actors that are really descriptor phrases: held back, never served.

A rule that reads "<Name> returns as Y" or "<Name>, as Y, is Z" can take a phrase that only
describes the actor for the actor:

* a work's name followed by a descriptor noun: "The Brambleton Hall favourite returns as Agnes
  Pell" gives actor "Brambleton Hall";
* a name that opens with a preposition: "Opposite Reyes, as the tutor Dr Ines Hollis, is Corinne
  Vath" gives actor "Opposite Reyes".
"""

from __future__ import annotations

import re

from bot.extract.cues import hint
from bot.facts import CastFact, held
from bot.lazy_patterns import cached_pattern

DESCRIPTOR_DOUBT = "the actor is a phrase describing someone, not a name"

DESCRIBED_WORDS = (
    "favourite", "favorite", "veteran", "alum", "alumna", "alumnus", "regular", "stalwart", "icon",
    "legend",
)  # fmt: skip
"""Nouns a name before them only describes: "the Brambleton Hall favourite" is no person."""
_DESCRIBED = rf"(?:{'|'.join(DESCRIBED_WORDS)})"
_DESCRIBED_HINT = hint(*DESCRIBED_WORDS)
"""Tried before the pattern built for the actor: few sentences hold a descriptor noun, and
compiling one pattern per actor (too many for the regex cache) costs more than the search."""
_PREPOSITIONS = frozenset(
    ("Opposite", "Alongside", "Beside", "Besides", "Against", "Unlike", "Like", "Behind", "Beyond")
)


def descriptor_actor(fact: CastFact) -> CastFact:
    """``fact`` held when its actor is a descriptor phrase rather than a person's name."""
    if not fact.served:
        return fact
    actor = fact.actor
    if actor.split(" ", 1)[0] in _PREPOSITIONS:
        return held(fact, DESCRIPTOR_DOUBT)
    if actor not in fact.evidence or not _DESCRIBED_HINT.search(fact.evidence):
        return fact
    pattern = rf"\b{re.escape(actor)}(?:[’']s)?[ ]{_DESCRIBED}\b"
    if cached_pattern(pattern).search(fact.evidence):
        return held(fact, DESCRIPTOR_DOUBT)
    return fact
