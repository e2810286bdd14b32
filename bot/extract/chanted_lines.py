"""A crowd's chant in marks: "fans have been chanting “Dace! Dace!”", "they chanted ‘One more
series!’". The words are a crowd's, not anyone's quote, so they are held."""

from __future__ import annotations

from dataclasses import replace

from bot.facts import HELD, QuoteFact
from bot.lazy_patterns import lazy_pattern

_CHANTED = lazy_pattern(r"\bchant(?:s|ed|ing)?[ ](?:of[ ])?[“\"‘']?$")
_WORDS = 6


def held_if_chanted(text: str, start: int, fact: QuoteFact) -> QuoteFact:
    """``fact`` (marks opening at ``start``) held when a chant verb sits right before it."""
    if not fact.served or len(fact.text.split()) > _WORDS:
        return fact
    if _CHANTED.search(text, max(start - 16, 0), start) is None:
        return fact
    return replace(fact, confidence=HELD, doubt="a crowd's chant, no one's quote")
