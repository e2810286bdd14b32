"""A company's caption that is only a noun phrase: a tag line shown on a post, not a quote.

"The studio posted a teaser, captioned ‘the long winter’." gives the words a clip goes out under:
a short lowercase phrase opening on a determiner, with no verb, is a title card's tag line, not
a thing the company says. A person's caption ("captioned ‘thank you for everything’") stays
theirs, as does a company's caption that says something ("captioned ‘see you in June’").
"""

from __future__ import annotations

from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_CAPTIONED = lazy_pattern(r"\b(?:captioned|with[ ]the[ ](?:caption|tagline))[ ]*[:,]?[ ]*$")
"""The caption's verb or noun right before the marks: "captioned ‘", "with the caption: “"."""
_NOUN_PHRASE = lazy_pattern(r"(?:the|a|an|one|our|this|that)(?:[ ][a-z]+){1,3}")
"""A short lowercase phrase opening on a determiner: "the last summer", "one more summer"."""
_VERBS = lazy_pattern(r"\b(?:is|are|was|were|be|will|can|has|have|comes?|ends?|begins?)\b")
_REACH = 30
TAG_LINE = "a company's tag line in quotation marks, not something said"


def held_if_caption_tag(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a company's caption is a bare noun phrase (see above)."""
    if not fact.served or fact.source is not SourceKind.ORGANISATION:
        return fact
    if _NOUN_PHRASE.fullmatch(fact.text) is None or _VERBS.search(fact.text) is not None:
        return fact
    opens = max(quote.start - 1, 0)
    if _CAPTIONED.search(doc.text, max(opens - _REACH, 0), opens) is None:
        return fact
    return held(fact, TAG_LINE)
