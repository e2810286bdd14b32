"""A few lowercase words in marks straight after a sighting verb ("was spotted “looking
grim” at a bar", "being pictured ‘deep in conversation’ with her agent"): the writer's marks on
how someone looked, not words anyone said, so they are held."""

from __future__ import annotations

from dataclasses import replace

from bot.facts import HELD, QuoteFact
from bot.lazy_patterns import lazy_pattern

_SIGHTED = lazy_pattern(
    r"\b(?:was|were|been|being)[ ](?:spotted|seen|pictured|photographed|snapped|caught)"
    r"[ ][“\"‘']?$"
)
_WORDS = 4


def held_if_seen_doing(text: str, start: int, fact: QuoteFact) -> QuoteFact:
    """``fact`` (marks opening at ``start``) held when it is a short lowercase fragment right
    after a sighting verb."""
    if not fact.served or not fact.fragment or not fact.text[:1].islower():
        return fact
    if len(fact.text.split()) > _WORDS or _SIGHTED.search(text, max(start - 22, 0), start) is None:
        return fact
    return replace(fact, confidence=HELD, doubt="how someone was seen, in the writer's marks")
