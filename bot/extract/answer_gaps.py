"""A paragraph set between an interview's answers that the reading could not label (it follows a
statement put to the guest, not a question): it still speaks in the answerer's voice, so "he
told me, “...”" there is someone the answerer speaks of, never the answerer."""

from __future__ import annotations

import re

from bot.extract.answer_voices import voiced
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact

_THIRD_PERSON_TOLD = re.compile(
    r"\b(?:he|she|He|She)[ ](?:[a-z]+[ ]){0,2}?(?:told|tells|said[ ]to|says[ ]to)[ ](?:me|us)\b"
)
"""A "he" or "she" telling the paragraph's own "me": the one telling is not the one told."""


def unvoiced_between(
    doc: Doc, quote: Quote, fact: QuoteFact | None, answerer: str
) -> QuoteFact | None:
    """``fact`` unattributed when it credits ``answerer`` by a "he told me" in a paragraph
    between two of the answerer's answers; otherwise ``fact`` unchanged."""
    if fact is None or not answerer or fact.speaker != answerer or not fact.attribution:
        return fact
    sentence = doc.sentence_at(quote.start)
    if not _THIRD_PERSON_TOLD.search(doc.masked, sentence.start, quote.start):
        return fact
    later = any(q.label and not q.asking and q.start > quote.start for q in doc.quotes)
    return fact.unattributed() if later else fact


def answer_voiced(
    doc: Doc,
    resolver: Resolver,
    quote: Quote,
    fact: QuoteFact | None,
    answerer: str,
    *,
    inside: bool,
) -> QuoteFact | None:
    """``fact`` read in the answerer's voice: inside an answer by :func:`voiced`, in a paragraph
    between answers by :func:`unvoiced_between`."""
    if inside and fact is not None:
        return voiced(doc, resolver, quote, fact, answerer)
    return unvoiced_between(doc, quote, fact, answerer)
