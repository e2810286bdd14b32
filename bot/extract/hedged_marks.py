"""A phrase the writer marks with a hedge: "the hotel is, shall we say, “rustic”".

A hedge right before the marks ("shall we say", "let's say", "to put it mildly") or "so to
speak" right after them tells the reader the writer is picking the words, ironically: nobody's
quote, whoever the extractor guessed from the sentence. A quote with its own saying verb
("Ada said, shall we say, “...”") is left as it was.
"""

from __future__ import annotations

from bot.extract.scare_quotes import SCARE_DOUBT
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_HEDGE_BEFORE = lazy_pattern(
    r"\b(?:shall[ ]we[ ]say|should[ ]we[ ]say|let[’']s[ ]say|let[ ]us[ ]say|"
    r"to[ ]put[ ]it[ ](?:mildly|politely|kindly|gently))[ ]*[,:–—]?[ ]*$"
)
"""A hedge right before the opening mark: "shall we say, “", "to put it mildly, “"."""
_HEDGE_AFTER = lazy_pattern(r"[ ]*,?[ ]*so[ ]to[ ]speak\b")
"""A hedge right after the closing mark: "” so to speak"."""
_WORDS = 4
"""The most words a hedged phrase holds: a label, not a sentence someone spoke."""
_REACH = 30


def held_if_hedged(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when the writer hedges the few words in marks and no saying verb credits
    them (see above)."""
    if not fact.served or fact.attribution or len(fact.text.split()) > _WORDS:
        return fact
    before = doc.masked[max(0, quote.start - 1 - _REACH) : max(0, quote.start - 1)]
    if _HEDGE_BEFORE.search(before) or _HEDGE_AFTER.match(doc.masked, quote.end + 1):
        return held(fact, SCARE_DOUBT)
    return fact
