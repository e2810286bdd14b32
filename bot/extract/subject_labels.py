"""A short name in marks that is the subject of its sentence: "Yes, “the track” is on it.", "And
“the kiss” was cut". A determiner and a lowercase word or two, opening a clause and followed by
its verb, name a thing fans know by that label; with no one credited, nobody said them.
So does a word or two in marks between a determiner and their verb ("confirmed that its
“secret gala” was the film", "a deal with a “major indie” was rumoured"): the marks hold the
whole noun, a billing's or a rumour's label the writer reports, even where a clause around them
names who confirmed it."""

from __future__ import annotations

import re

from bot.extract.called_names import NAME_IN_MARKS
from bot.extract.quote_checks import faceless
from bot.extract.scare_quotes import SCARE_WORDS
from bot.extract.text import Quote
from bot.facts import QuoteFact, held

_LABEL = re.compile(r"(?:the|this|that)(?:[ ][a-z]+){1,2}")
_OPENS = re.compile(
    r"(?:^|[.!?][ ]|\n|\b(?:[Yy]es|[Nn]o|[Oo]kay|[Ss]o),[ ]|\b(?:[Aa]nd|[Bb]ut|[Ss]o)[ ])$"
)
"""A clause's opening, right before the marks."""
_VERB_AFTER = re.compile(r"[”\"’'][ ](?:is|was|are|were|has|had|have)[ ]")
_DETERMINER = re.compile(r"(?:^|[ (])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)[ ]$")
"""A determiner right before the marks, whose noun the marks hold."""


def held_if_subject_label(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when faceless marks hold a short label that opens a clause and its verb
    follows (see :data:`_LABEL`), or when a determiner and a verb close round a lowercase word
    or two in marks, whoever the sentence credits."""
    if not fact.served or not quote.closed or _VERB_AFTER.match(text, quote.end) is None:
        return fact
    if _noun_in_marks(text, quote, fact):
        return held(fact, NAME_IN_MARKS)
    if not faceless(fact) or _LABEL.fullmatch(fact.text) is None:
        return fact
    if _OPENS.search(text, max(quote.start - 1 - 8, 0), quote.start - 1) is None:
        return fact
    return held(fact, NAME_IN_MARKS)


def _noun_in_marks(text: str, quote: Quote, fact: QuoteFact) -> bool:
    """The marks hold the lowercase noun a determiner before them opens."""
    if not fact.fragment or not fact.text.islower() or len(fact.text.split()) > SCARE_WORDS:
        return False
    return _DETERMINER.search(text, max(quote.start - 1 - 7, 0), quote.start - 1) is not None
