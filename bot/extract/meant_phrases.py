"""Words in marks that gloss what a phrase means: the writer's translation, no one's quote.

"The Welsh phrase means “thank you from the heart”", "signed off with “hasta pronto”, which
translates as ‘see you soon’", "“slàinte”, roughly meaning “good health”" or "which is
PR-speak for “no comment”" give a meaning in marks that nobody is named to say; such words are
held.
"""

from __future__ import annotations

from dataclasses import replace

from bot.facts import HELD, QuoteFact
from bot.lazy_patterns import lazy_pattern

_GLOSSED = lazy_pattern(
    r"\b(?:(?:roughly|loosely|literally)[ ])?(?:means|meant|meaning|translates|translated|"
    r"translating)(?:[ ](?:as|to))?,?[ ][“\"‘']?$"
    r"|\b(?:[a-z]+-speak|(?:a[ ])?(?:polite[ ])?(?:code|shorthand|euphemism))[ ]for[ ][“\"‘']?$"
)
"""A meaning given ("translates as"), or a phrase glossed as some trade's jargon for the words
in marks ("which is streamer-speak for “not yet”", "studio shorthand for “...”")."""
_REACH = 40
_WORDS = 8


def held_if_meant(text: str, start: int, fact: QuoteFact) -> QuoteFact:
    """``fact`` (marks opening at ``start``) held when a few words no attribution introduces
    follow "means", "translates as" or "meaning"."""
    if not fact.served or fact.attribution or fact.continues_previous:
        return fact
    if len(fact.text.split()) > _WORDS:
        return fact
    if _GLOSSED.search(text, max(start - _REACH, 0), start) is None:
        return fact
    return replace(fact, confidence=HELD, doubt="a phrase's meaning, glossed in marks")
