"""A few words in marks in the standfirst, credited to no one: the summary's echo, not a quote.

A standfirst sums the piece up and borrows its words: "her pals say she’s ‘never been happier’".
When nothing names who said them, the marked phrase is a tag the summary wears, and served with
no speaker it tells a reader nothing they can check. Held only for a fragment (not a sentence of
its own) in a standfirst above a known headline.
"""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held

LEDE_FRAGMENT = "a standfirst's phrase in marks, said by no one"


def held_if_lede_fragment(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when it is a faceless fragment in the standfirst (see above)."""
    if not fact.served or not fact.fragment or not faceless(fact):
        return fact
    if doc.title_para is None or quote.para >= doc.title_para:
        return fact
    return held(fact, LEDE_FRAGMENT)
