"""A surname marked "senior" or "junior" ("Vale senior has said ...", "Vale Jr. told us"): the
parent or child of the person the article named with that surname, someone else. A feature on a
family (an actor and a son cast beside him) names the other by the surname and the mark alone,
so the words are kept unattributed, never credited to the family member named in full.
"""

from __future__ import annotations

from bot.extract.text import Doc, Quote, Span
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_MARKS = ("senior", "junior", "sr", "jr", "snr", "jnr")
"""The marks, lower-case: a word of a name is one whatever its case ("SNR.")."""
_MARKED = lazy_pattern(
    r"\b((?:[A-Z][\w’'-]*[ ]){1,3})(?:"
    + "|".join(
        f"[{mark[0].upper()}{mark[0]}]{mark[1:]}" if len(mark) > 3 else mark.title()
        for mark in _MARKS
    )
    + r")\b(?![ ]?[A-Z])"
)
"""A name's tail and its mark in running text: "Senior" or "senior", but an abbreviation only
capitalised ("Jr")."""


def unsure_if_kin(doc: Doc, sentence: Span, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` unattributed when the words before its quote, in its ``sentence``, give the tail of
    the credited person's name marked "senior" or "junior" and that name carries no such mark."""
    if fact.source is not SourceKind.PERSON:
        return fact
    words = fact.speaker.split()
    if any(word.lower().rstrip(".") in _MARKS for word in words):
        return fact
    for marked in _MARKED.finditer(doc.text, sentence.start, max(sentence.start, quote.start)):
        tail = marked.group(1).split()
        if len(tail) < len(words) and words[-len(tail) :] == tail:
            return fact.unattributed()
    return fact
