"""A headline set as the page's first line after its standfirst, a label and words in marks.

A page with no headline of its own may carry it as a body line: "Diary: “Nobody sleeps on a
night shoot.”", "Week two: ‘Bring a coat’". The label names the kind of piece or its part, not
anyone who speaks, and the marked words are the piece's tag line, told by no one; served as an
unnamed source's quote they would be nobody's words. Held only when no one is credited, the
line is nothing but the label and the marks, and it sits in the headline's place (the page's
first or second line, with no headline known).
"""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_LABEL_LINE = lazy_pattern(r"[A-Z][\w’'-]*(?:[ ][\w’'-]+){0,3}:[ ]*[“\"‘'][^\n]*[”\"’'][ ]*$")
"""A label of up to four words, a colon and the marked words, nothing else on the line."""
_HEADLINE_SLOT = 1
"""The last paragraph a headline may sit in: after the standfirst, or first."""
HEADLINE_DOUBT = "a headline's label and tag line, said by no one"


def held_if_headline_slot(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words are a headline's tag line on a page with no headline."""
    if not fact.served or not faceless(fact) or doc.title_para is not None:
        return fact
    if quote.para > _HEADLINE_SLOT:
        return fact
    para = doc.paras[quote.para]
    if _LABEL_LINE.fullmatch(doc.text, para.start, para.end) is None:
        return fact
    return held(fact, HEADLINE_DOUBT)
