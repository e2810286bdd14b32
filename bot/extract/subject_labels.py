"""A short name in marks that is the subject of its sentence: "Yes, “the track” is on it.", "And
“the kiss” was cut". A determiner and a lowercase word or two, opening a clause and followed by
its verb, name a thing fans know by that label; with no one credited, nobody said them."""

from __future__ import annotations

import re

from bot.extract.called_names import NAME_IN_MARKS
from bot.extract.quote_checks import faceless
from bot.extract.text import Quote
from bot.facts import QuoteFact, held

_LABEL = re.compile(r"(?:the|this|that)(?:[ ][a-z]+){1,2}")
_OPENS = re.compile(
    r"(?:^|[.!?][ ]|\n|\b(?:[Yy]es|[Nn]o|[Oo]kay|[Ss]o),[ ]|\b(?:[Aa]nd|[Bb]ut|[Ss]o)[ ])$"
)
"""A clause's opening, right before the marks."""
_VERB_AFTER = re.compile(r"[”\"’'][ ](?:is|was|are|were|has|had|have)[ ]")


def held_if_subject_label(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when faceless marks hold a short label that opens a clause and its verb
    follows (see :data:`_LABEL`)."""
    if not fact.served or not quote.closed or not faceless(fact):
        return fact
    if _VERB_AFTER.match(text, quote.end) is None or _LABEL.fullmatch(fact.text) is None:
        return fact
    if _OPENS.search(text, max(quote.start - 1 - 8, 0), quote.start - 1) is None:
        return fact
    return held(fact, NAME_IN_MARKS)
