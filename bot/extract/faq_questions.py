"""A page of frequently asked questions: each paragraph opens on a question in marks, then the
page's own answer in plain words ("“Will it be on in cinemas?” Not this time. ...").

The question is one readers keep putting, written down by the page; no one in the story is
quoted. Held only when no speaker is found for it, when the paragraph opens on the marks and
goes on past them in unquoted words, and when at least two paragraphs of the page take that
shape: a single opening question may be someone's own (a profile's "“Why stop now?” She
laughs."), a run of them is a list of questions and answers.
"""

from __future__ import annotations

from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

ASKED_ON_THE_PAGE = "a question a page of questions and answers puts, no one's quote"
_OPENS = lazy_pattern(r"[ \t]*(?:[-–—•*][ ]+|\d{1,2}[.)][ ]+)?[“\"]")
"""Only the opening mark (after a bullet or a number, perhaps) before the question."""
_ANSWER = lazy_pattern(r"[ ]+[A-Z0-9][^“”\"]{2}")
"""Plain words after the closing mark, opening a sentence: the page's answer."""
_RUN = 2


def _faq_shaped(doc: Doc, quote: Quote) -> bool:
    """``quote`` opens its paragraph on a question and the paragraph answers it past the marks."""
    if not quote.closed or quote.label or doc.text[quote.end - 1 : quote.end] != "?":
        return False
    para = doc.paras[quote.para]
    opening = _OPENS.fullmatch(doc.text, para.start, quote.start)
    return opening is not None and _ANSWER.match(doc.text, quote.end + 1, para.end) is not None


def held_if_faq_question(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words are one of a run of questions a page answers (see above)."""
    if not fact.served or fact.source is not SourceKind.UNATTRIBUTED:
        return fact
    if not _faq_shaped(doc, quote):
        return fact
    return held(fact, ASKED_ON_THE_PAGE) if _runs_of_questions(doc) else fact


@once_per_doc
def _runs_of_questions(doc: Doc) -> bool:
    """At least :data:`_RUN` of the page's quotes open their paragraphs on answered questions:
    counted once per article, not once per quote asked about."""
    return sum(1 for quote in doc.quotes if _faq_shaped(doc, quote)) >= _RUN
