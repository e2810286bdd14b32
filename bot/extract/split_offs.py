"""The short attribution the sentence splitter cut off after a quotation ending in "?" or "!"
("“... In this economy?” Brook says."): it is the quotation's own."""

from __future__ import annotations

from bot.extract.text import Doc, Quote

_SHORT_ATTRIBUTION = 60


def split_off(doc: Doc, quote: Quote) -> str:
    """The short sentence the splitter cut off after a quotation ending in "?" or "!"."""
    at = quote.end + 1
    while at < len(doc.masked) and doc.masked[at] == " ":
        at += 1
    if at >= len(doc.masked) or doc.masked[at] == "\n":
        return ""
    after = doc.sentence_at(at)
    if after.start > at or after.end - at > _SHORT_ATTRIBUTION:
        return ""
    return doc.masked[quote.end + 1 : after.end]
