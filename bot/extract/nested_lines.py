"""Words in double marks inside a post given whole in single marks: a line the poster quotes.

A round-up may give a post as its writer's label, a colon and the post in single marks, with a
line from the work quoted inside it in double marks ("@harbourfan: 'Ivo saying "mind the gulls"
is the best thing on telly'"). The inner words are the work's line, or whatever the poster is
repeating; no one in the article is said to say them, so when the speaker search credits no one,
or only the poster whose post holds them, they are held, never served as a quote of their own. A
paragraph whose single marks do not wrap the whole post ("@harbourfan: the line "mind the gulls"
'lives rent free'") is left alone.
"""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_POST_OPENS = lazy_pattern(
    r"[ \t>]*(?:@|u/)?[^\s:“”\"‘’']{2,30}(?:[ ][^\s:“”\"‘’']{1,30}){0,3}:[ ]+[‘']"
)
"""A post's label and colon, then the single mark opening the whole post: "@harbourfan: '",
"u/pierwatch: ‘", "Jo from Leeds: '"."""
_POST_CLOSES = lazy_pattern(r"[^“”\"]*?[’'][ ]*[.!?]?[ ]*$")
"""The rest of the paragraph after the inner words, ending on the single mark that closes the
post (no other double marks after them)."""


def held_if_nested(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when no one but the poster says it and it sits inside a post in single
    marks that fills its paragraph (see above)."""
    if not fact.served or not quote.closed:
        return fact
    para = doc.paras[quote.para]
    opens = _POST_OPENS.match(doc.text, para.start, quote.start - 1)
    if opens is None or opens.end() >= quote.start - 1:
        return fact
    label = doc.text[para.start : opens.end()].strip(" \t>:‘'")
    handle = label.startswith(("@", "u/"))
    if not faceless(fact) and not (handle and fact.speaker == label):
        return fact  # someone other than the handle posting is said to say the words
    if _POST_CLOSES.match(doc.text, quote.end + 1, para.end) is None:
        return fact
    return held(fact, "a line quoted inside a post given in single marks")
