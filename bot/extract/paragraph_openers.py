"""Whether a quotation opens its paragraph, a quoted block's marker (">" in a forum post, a
bullet) before its mark included: "> “We have moved the date.”" opens the paragraph."""

from __future__ import annotations

from bot.extract.text import Doc, Quote, Span
from bot.lazy_patterns import lazy_pattern

_MARKERS = " >•*-"


def opens_paragraph(doc: Doc, quote: Quote) -> bool:
    """``quote``'s opening mark is the first thing in its paragraph but for a block marker."""
    start = doc.paras[quote.para].start
    return quote.start - 1 == start or not doc.text[start : quote.start - 1].strip(_MARKERS)


_MARKS = lazy_pattern(r"[“”\"]")
_ADDRESSED = lazy_pattern(r"(?<![\w’'-])(?:[Yy]ou|[Yy]our|[Yy]ou’re|[Yy]ou're)(?![\w’'-])")
"""A second-person word: a sentence put to someone ("Your lead had never acted before.") is an
interviewer's prompt, and the one it tells of does not give the answer after it."""


def after_narration(doc: Doc, sentence: Span, quote: Quote) -> bool:
    """``quote`` opens the paragraph after ``sentence``, which ends the paragraph before by
    telling what someone does ("Venn pauses.") and quotes no one: a reply ("“No,” X retorts.")
    leaves the next words to the exchange, not to its speaker. A sentence put to "you" is an
    interviewer's prompt, not narration."""
    if sentence.para != quote.para - 1 or not opens_paragraph(doc, quote):
        return False
    if _ADDRESSED.search(doc.masked, sentence.start, sentence.end) is not None:
        return False
    return _MARKS.search(doc.text, sentence.start, sentence.end) is None
