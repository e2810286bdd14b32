"""A few words in marks in the standfirst, credited to no one: the summary's echo, not a quote.

A standfirst sums the piece up and borrows its words: "her pals say she’s ‘never been happier’".
When nothing names who said them, the marked phrase is a tag the summary wears, and served with
no speaker it tells a reader nothing they can check. Held only for a fragment (not a sentence of
its own) in a standfirst above a known headline. A standfirst's phrase the body says again
("why the ending is “not a full stop”", then "I told her the ending is not a full stop.") is the
summary's echo of the body's quote, held whoever it is credited to: the body's words are the quote.
"""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held

LEDE_FRAGMENT = "a standfirst's phrase in marks, said by no one"
_ECHO = "a standfirst's phrase in marks, echoing the body's quote"
_SHORTEST_ECHO = 3
"""Words a phrase needs to count as the body's echo: "not a full stop", not "brave"."""


def held_if_lede_fragment(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when it is a faceless fragment in the standfirst (see above)."""
    if not fact.served or not fact.fragment:
        return fact
    if doc.title_para is None or quote.para >= doc.title_para:
        return fact
    if faceless(fact):
        return held(fact, LEDE_FRAGMENT)
    words = fact.text.strip(" ,.!?")
    if len(words.split()) >= _SHORTEST_ECHO and words in doc.text[doc.paras[doc.title_para].end :]:
        return held(fact, _ECHO)
    return fact
