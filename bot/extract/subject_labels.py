"""A short name in marks that is the subject of its sentence: "Yes, “the track” is on it.", "And
“the kiss” was cut". A determiner and a lowercase word or two, opening a clause and followed by
its verb, name a thing fans know by that label; with no one credited, nobody said them.
So does a word or two in marks between a determiner and their verb ("confirmed that its
“midnight screening” was the film", "a deal with a “big streamer” was rumoured"): the marks hold
the whole noun, a billing's or a rumour's label the writer reports, when no one or only a
company is credited, or the verb is hearsay ("was rumoured"); a named person's "said the
“quiet ending” was her idea" is that person's fragment."""

from __future__ import annotations

from bot.extract.body_speakers import whole_body
from bot.extract.called_names import NAME_IN_MARKS
from bot.extract.quote_checks import faceless
from bot.extract.scare_quotes import SCARE_WORDS
from bot.extract.text import Quote
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_LABEL = lazy_pattern(r"(?:the|this|that)(?:[ ][a-z]+){1,2}")
_OPENS = lazy_pattern(
    r"(?:^|[.!?][ ]|\n|\b(?:[Yy]es|[Nn]o|[Oo]kay|[Ss]o),[ ]|\b(?:[Aa]nd|[Bb]ut|[Ss]o)[ ])$"
)
"""A clause's opening, right before the marks."""
_VERB_AFTER = lazy_pattern(r"[”\"’'][ ](?:is|was|are|were|has|had|have)[ ]")
_DETERMINER = lazy_pattern(r"(?:^|[ (])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)[ ]$")
"""A determiner right before the marks, whose noun the marks hold."""
_HEARSAY = lazy_pattern(
    r"[”\"’'][ ](?:is|was|are|were)[ ](?:rumou?red|billed|reported|tipped|touted|said|believed)\b"
)
"""A verb that says the label is hearsay, whoever the sentence names: "was rumoured"."""
_DETERMINER_REACH = len(" their ")
"""How far before the opening mark a determiner may start."""
_OPENER_REACH = 8
"""How far before the opening mark a clause's opening ("Okay, ") is looked for."""


def held_if_subject_label(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when faceless marks hold a short label that opens a clause and its verb
    follows (see :data:`_LABEL`), or when a determiner and a verb close round a lowercase word
    or two in marks that no person is credited with, or that the verb calls hearsay."""
    if not fact.served or not quote.closed or _VERB_AFTER.match(text, quote.end) is None:
        return fact
    uncredited = faceless(fact) or whole_body(fact).source is SourceKind.ORGANISATION
    hearsay = _HEARSAY.match(text, quote.end) is not None
    if (uncredited or hearsay) and _noun_in_marks(text, quote, fact):
        return held(fact, NAME_IN_MARKS)
    if not faceless(fact) or _LABEL.fullmatch(fact.text) is None:
        return fact
    if _OPENS.search(text, max(quote.start - 1 - _OPENER_REACH, 0), quote.start - 1) is None:
        return fact
    return held(fact, NAME_IN_MARKS)


def _noun_in_marks(text: str, quote: Quote, fact: QuoteFact) -> bool:
    """The marks hold the lowercase noun a determiner before them opens."""
    if not fact.fragment or not fact.text.islower() or len(fact.text.split()) > SCARE_WORDS:
        return False
    reach = max(quote.start - 1 - _DETERMINER_REACH, 0)
    return _DETERMINER.search(text, reach, quote.start - 1) is not None
