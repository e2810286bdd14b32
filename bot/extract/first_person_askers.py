"""A question the speaker says "I" asked someone: the asker's words, not the one asked.

"I'd ask her, “Does Marlo mean this?”" and "I kept asking him, “Is it too much?”" quote the
one who says "I" (the writer, or an answer's speaker); the "her" asked is the one who did not
say them. With no sayer named for the words themselves, the quote is credited to no one rather
than to the one asked; "She asked me, “...”" is hers, and stays as it was.
"""

from __future__ import annotations

import re

from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_I_ASKED = lazy_pattern(
    r"\b(?:I|[Ww]e)(?:['’]d|[ ](?:would|kept|always|once|then|often|used[ ]to|had[ ]to))?[ ]"
    r"(?:ask|asked|asking)[ ](?:him|her|them|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)(?:[ ]again)?"
    r",?[ ]?[“\"‘']$"
)
""""I" or "we" asking a "him", "her", "them" or someone by name, straight before the marks:
"I'd ask her, “", "We asked Ada Vale, “" (invented)."""
_REACH = 60
"""How far before the marks the asking may start, in characters."""


def unattributed_if_i_asked(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` credited to no one when "I" asks its words of someone (see above) and no sayer
    is named for them."""
    return unattributed_if_led(doc, quote, fact, _I_ASKED, _REACH)


def unattributed_if_led(
    doc: Doc, quote: Quote, fact: QuoteFact, lead: re.Pattern[str], reach: int
) -> QuoteFact:
    """``fact``, a person's with no sayer named for its words, credited to no one when ``lead``
    ends right before its marks, within ``reach`` characters and its sentence."""
    if fact.source is not SourceKind.PERSON or fact.attribution:
        return fact
    start = max(doc.sentence_at(quote.start).start, quote.start - reach)
    if lead.search(doc.text, start, quote.start) is None:
        return fact
    return fact.unattributed()
