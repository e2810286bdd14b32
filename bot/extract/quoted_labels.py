"""A quotation used as a name for a thing: "the “it's out at Christmas” rumour going round",
"that ‘back for a second series’ claim". The marks label a noun the sentence goes on with; with
no one the article describes as its source, it is nobody's words, so it is held."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.quote_checks import faceless, held_if_scare_quoted
from bot.extract.text import Quote
from bot.facts import HELD, QuoteFact

_DETERMINER = re.compile(
    r"(?:^|[ (])(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]n?|[Aa]ny|[Aa]nother|[Tt]heir|"
    r"[Ii]ts|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our)[ ]$"
)
_NOUN_AFTER = re.compile(
    r"[ ](?:[a-z]+[ ]){0,1}?[a-z]+(?:[ ](?:going|doing|that|which|about|is|was|"
    r"has|on|from|in|around|you)\b|[,.])"
)


def held_if_label(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its quotation stands between a determiner and the noun it names."""
    if not faceless(fact) or not fact.served or not quote.closed:
        return fact
    if _DETERMINER.search(text, max(quote.start - 14, 0), quote.start - 1) is None:
        return fact
    if _NOUN_AFTER.match(text, quote.end + 1) is None:
        return fact
    return replace(fact, confidence=HELD, doubt="a quotation used as a name for something")


def held_if_unspoken(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held if its marks name a thing or scare-quote a phrase (see
    :func:`bot.extract.quote_checks.held_if_scare_quoted`)."""
    return held_if_scare_quoted(text, quote.end, held_if_label(text, quote, fact))
