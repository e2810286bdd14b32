"""Words in marks that open a sentence which then names them as a kind of wording: "“Ada's face
when…” is a spoiler title", "“Is it out yet?” was the question of the week", "“Ada wins” counts
as a spoiler". The sentence talks about the words, an example or a title, and credits them to no
one: held, never served.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held

EXAMPLE_DOUBT = "words named as an example or a title, no one's"
_NAMED_AS = lazy_pattern(
    r"[”\"’'][ ](?:is|was|are|were|counts[ ]as|would[ ]be)[ ](?:a|an|the|one)[ ]"
    r"(?:[a-z-]+[ ]){0,2}"
    r"(?:title|headline|example|post|comment|caption|meme|tag|phrase|spoiler)s?\b"
)
"""After the closing mark, the sentence naming the words: "” is a spoiler title"."""
_OPENS = lazy_pattern(r"[ “\"‘'*-]*$")


def held_if_named_example(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when no one is credited with words that open their sentence and are then
    named as a title or an example (see above)."""
    if not fact.served or not quote.closed or not faceless(fact):
        return fact
    if _NAMED_AS.match(doc.text, quote.end) is None:
        return fact
    sentence = doc.sentence_at(quote.start)
    if _OPENS.fullmatch(doc.text, sentence.start, quote.start) is None:
        return fact
    return held(fact, EXAMPLE_DOUBT)
