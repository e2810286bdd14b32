"""A few words in marks in the standfirst that the body never quotes: the summary's echo.

A standfirst sums the piece up and borrows its words: "her pals say she’s ‘never been happier’".
When nothing names who said them, the marked phrase is a tag the summary wears, and served with
no speaker it tells a reader nothing they can check. Held only for a fragment (not a sentence of
its own) in a standfirst above a known headline.

So too a phrase the standfirst puts in a question it promises the piece will answer ("She tells
us why the film needed “...”", "talks about ... and why the show is “...”"), credited to the
guest, when the piece below never quotes those words: the teaser's wording, which may be the
editor's as much as the guest's. When the body has them ("“It isn’t ...,” she said"), the
standfirst echoes a quote, and it stays.
"""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

LEDE_FRAGMENT = "a standfirst's phrase in marks, said by no one"
_WHY = lazy_pattern(r"\bwhy\b[^.;:!?“”\"]{1,80}$")
"""An indirect question opened by "why", running on to the marks in the same clause."""
_TEASED = "a standfirst's teaser phrase the piece never quotes"


def held_if_lede_fragment(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when it is a faceless fragment in the standfirst, or a fragment the
    standfirst's "why" question holds that the body never repeats (see above)."""
    if not fact.served or not fact.fragment:
        return fact
    if doc.title_para is None or quote.para >= doc.title_para:
        return fact
    if faceless(fact):
        return held(fact, LEDE_FRAGMENT)
    para = doc.paras[quote.para]
    if _WHY.search(doc.text, para.start, quote.start - 1) is None:
        return fact
    if fact.text in doc.text[doc.paras[doc.title_para].end :]:
        return fact
    return held(fact, _TEASED)
