"""Words in marks that the sentence talks about as words: a word's meaning, a theory's claim.

"Ada has said “always” means always" makes the word in marks the subject of "means": the word
is discussed, not a remark anyone makes here, whoever the sentence names. "Asked about the fan
theory that Tom is “the heir all along”" gives what a theory holds, credited to no one: the
theory's wording, not a quote. Each is held for review rather than served.
"""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_MEANS_AFTER = lazy_pattern(
    r"[ ](?:really[ ]|actually[ ]|still[ ])?(?:means|meant|doesn[’']t[ ]mean|didn[’']t[ ]mean|"
    r"stands[ ]for)\b"
)
"""The marked words as the subject of a verb of meaning: "“always” means", "“yes” meant"."""
_MEANT_WORDS = 2
_THEORY_BEFORE = lazy_pattern(
    r"\btheor(?:y|ies)\b[^.!?“”\"]{0,60}\bthat[ ][^.!?“”\"]{1,40}[ ](?:is|was|are|were)[ ]"
    r"(?:really[ ]|actually[ ]|secretly[ ])?$"
)
"""A theory and what it holds, straight before the marks: "the fan theory, popular online, that
Tom is “"."""
_REACH = 120


def held_if_discussed(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words are a word whose meaning is told, or a theory's claim
    credited to no one (see above)."""
    if not fact.served or fact.continues_previous or not quote.closed:
        return fact
    text = doc.text
    words = text[quote.start : quote.end]
    if len(words.split()) <= _MEANT_WORDS and _MEANS_AFTER.match(text, quote.end + 1):
        return held(fact, "a word talked about in quotation marks")
    opens = max(quote.start - 1, 0)
    if faceless(fact) and _THEORY_BEFORE.search(text, max(0, opens - _REACH), opens):
        return held(fact, "a theory's claim in quotation marks")
    return fact
