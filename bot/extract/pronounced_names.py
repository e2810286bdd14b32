"""A name's pronunciation in marks: "Tamsin (it's pronounced “TAM-sin”)", "pronounced like
‘SHIV-ra’". The marks hold a respelling the writer gives, not anything anyone said, so the
words are held, never served as a quote."""

from __future__ import annotations

import re

from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_PRONOUNCED = lazy_pattern(
    r"(?:\b(?:is|was)|[’']s)[ ]pronounced(?:[ ](?:as|like))?[ ]*[,:]?[ ]*[“\"‘']$"
    r"|\bpronounced[ ](?:as|like)[ ]*[,:]?[ ]*[“\"‘']$",
    re.IGNORECASE,
)
""""is pronounced", "it's pronounced" or "pronounced as/like" right before the marks; "she
pronounced “...” with a smile" is a speech verb, not a pronunciation."""
_REACH = 30


def held_if_pronounced(text: str, start: int, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when "pronounced" leads straight into its quotation (see above)."""
    if not fact.served or start < 2:
        return fact
    if _PRONOUNCED.search(text, max(start - _REACH, 0), start) is None:
        return fact
    return held(fact.unattributed(), "a name's pronunciation, not anything said")
