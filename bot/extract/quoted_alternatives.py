"""Quoted words offered as alternatives ("Even “we won” or “no way” counts"): examples of what
someone might write, never words anyone is said to have said; held for review.

A quotation joined to the next or the one before by "or" names a choice of words; one speaker
does not say both, and the sentence names none. Only quotes left without a speaker are held.
"""

from __future__ import annotations

from bot.extract.text import Doc
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_OR_BETWEEN = lazy_pattern(r"[”\"’']?,?[ ](?:or|nor|and/or)[ ][“\"‘']?")


def held_if_alternative(doc: Doc, index: int, fact: QuoteFact) -> QuoteFact:
    """``fact``, held when its quotation and a neighbour are joined by "or"."""
    if fact.source is not SourceKind.UNATTRIBUTED or not fact.served:
        return fact
    quotes, text = doc.quotes, doc.text
    quote = quotes[index]
    joined = (
        index + 1 < len(quotes)
        and _OR_BETWEEN.fullmatch(text, quote.end, quotes[index + 1].start) is not None
    ) or (index > 0 and _OR_BETWEEN.fullmatch(text, quotes[index - 1].end, quote.start) is not None)
    return held(fact, "words offered as alternatives, said by no one") if joined else fact
