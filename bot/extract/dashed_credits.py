"""A quotation standing alone as its paragraph, credited by the line after it: "‘...’" then
"— Ada Vale on Tom Reed". The dash line names who speaks, and "on Tom Reed" whom the words are
about; so the words are Ada Vale's, never those of whoever the paragraph before quoted (nor of
Tom Reed). A dash line naming no one the article knows leaves the words to no one."""

from __future__ import annotations

from dataclasses import replace

from bot.extract.names import NAME
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_DASH_LINE = lazy_pattern(
    rf"[ ]*[—–][ ]*(?P<name>{NAME})(?:[ ](?:on|about)[ ][^.!?]{{1,60}})?[ .]*"
)
"""The whole line after the quotation: "— Ada Vale", "— Ada Vale on Tom Reed"."""


def dashed_credit(doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` credited to the name on the dash line after its paragraph (see above)."""
    if fact.attribution or quote.para + 1 >= len(doc.paras):
        return fact
    para = doc.paras[quote.para]
    text = doc.masked
    if text[para.start : quote.start].strip(" “‘\"'") or text[quote.end : para.end].strip(
        " ”’\"'.,"
    ):
        return fact  # words around the quotation: a sentence of its own, read as such
    after = doc.paras[quote.para + 1]
    line = _DASH_LINE.fullmatch(text, after.start, after.end)
    if line is None:
        return fact
    known = resolver.label(line["name"])
    if known is None or known.source is not SourceKind.PERSON:
        return fact.unattributed()
    credit = text[after.start : after.end].strip()
    return replace(
        fact, speaker=known.name, source=known.source, attribution=credit, continues_previous=False
    )
