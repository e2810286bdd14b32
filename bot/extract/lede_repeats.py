"""A lede's words in marks, in the "why" it promises, that the body then gives whole inside a
longer quotation: a trailer of the quote, not a second one.

A standfirst sums up the interview to come with a phrase picked out of it ("... and why the
film is “the right ending”", "explains why the score needed “more quiet”"), and the body gives
the sentence it came from ("“Actually, this is the right ending.”"). The phrase is the writer's
summary of the point, cut short, and no one is said to say it there; the body's whole quotation
is the one to serve. So the lede's copy is dropped when a longer quotation holds its words whole
and the body never sets the phrase in marks of its own. A lede that reports the words ("says the
cast made her “braver”") quotes them, and keeps them.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.quote_repeats import holds_words
from bot.extract.text import Doc
from bot.facts import QuoteFact

_EDGES = " ,.!?;:…"
_WHY = lazy_pattern(r"\bwhy[ ][^.;:!?“”\"‘’]{1,80}[ ][“\"‘']$")
"""The "why" a lede promises, the marks closing its clause: "and why the film is “"."""


def lede_copies_dropped(doc: Doc, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """``quotes`` without a lede's phrase in marks that a longer quotation holds (see above)."""
    if not doc.title_para:
        return quotes  # no lede above the headline
    lede_end = doc.paras[doc.title_para].start
    lede = [
        q
        for q in doc.quotes
        if q.end <= lede_end and not q.label and _WHY.search(doc.text, 0, q.start) is not None
    ]
    if not lede:
        return quotes
    phrases = {doc.text[q.start : q.end].strip(_EDGES) for q in lede}
    in_body = {doc.text[q.start : q.end].strip(_EDGES) for q in doc.quotes if q.start > lede_end}
    copies = phrases - in_body
    return [q for q in quotes if not _copy(q, copies, quotes)]


def _copy(quote: QuoteFact, copies: set[str], quotes: list[QuoteFact]) -> bool:
    """``quote`` is one of the lede's ``copies`` that another, longer quotation holds whole."""
    words = quote.text.strip(_EDGES)
    if words not in copies or len(words.split()) < 2:
        return False
    return any(len(other.text) > len(quote.text) and holds_words(other.text, words)
               for other in quotes)  # fmt: skip
