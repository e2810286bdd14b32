"""A fan's joke voice: "the composer really said “cry now, ask questions later”", "she really
says 'no happy endings'". The words sum up what the person or the work did, in the internet's
way of putting a line in someone's mouth; no one said them, so they are held, whoever the
sentence names. "She literally went “...”" reports what was said, and is left alone."""

from __future__ import annotations

import re

from bot.extract.text import Quote
from bot.facts import QuoteFact, held

_JOKE_SAID = re.compile(r"\breally[ ](?:said|says)[ ]*[,:]?[ ]*$")
_REACH = 24


def held_if_joke(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when "really said" leads straight into its marks."""
    if not fact.served:
        return fact
    opens = quote.start - 1  # the opening mark
    if _JOKE_SAID.search(text, max(opens - _REACH, 0), opens) is None:
        return fact
    return held(fact, "a joke line put in someone's mouth, not words they said")
