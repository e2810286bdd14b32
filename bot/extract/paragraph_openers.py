"""Whether a quotation opens its paragraph, a quoted block's marker (">" in a forum post, a
bullet) before its mark included: "> “We have moved the date.”" opens the paragraph."""

from __future__ import annotations

from bot.extract.text import Doc, Quote

_MARKERS = " >•*-"


def opens_paragraph(doc: Doc, quote: Quote) -> bool:
    """``quote``'s opening mark is the first thing in its paragraph but for a block marker."""
    start = doc.paras[quote.para].start
    return quote.start - 1 == start or not doc.text[start : quote.start - 1].strip(_MARKERS)
