"""A numbered item's heading that is only words in marks: the item's title, no one's quote.

A list piece ("9 things we spotted in the trailer") heads each item with a short line, and
one of them may be a tagline or a line of the footage in marks: "4. “Never look back”", then
the item's text below. Nobody is said to speak it; the marks name what the item is about, so
the words are held rather than served with no speaker. Only a heading that is an item number
and the marks alone, with no speaker found: "4. “We start shooting in May,” Ada Vale said."
names its speaker, and stays hers.
"""

from __future__ import annotations

from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_NUMBER = lazy_pattern(r"[ ]*\d{1,2}[.)][ ]+[“\"‘']?$")
"""An item number, then the opening mark, from the paragraph's start: "4. “"."""
_CLOSES = lazy_pattern(r"[.!?,]?[”\"’']?[.!?]?[ ]*$")
"""Nothing after the words but the closing mark, perhaps a stop."""


def held_if_item_heading(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its paragraph is an item number and the quote alone (see above)."""
    if not fact.served or fact.speaker or not quote.closed:
        return fact
    para = doc.paras[quote.para]
    if _NUMBER.match(doc.text, para.start, quote.start) is None:
        return fact
    if _CLOSES.match(doc.text, quote.end, para.end) is None:
        return fact
    return held(fact, "an item's heading in quotation marks")
