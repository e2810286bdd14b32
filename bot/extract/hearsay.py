"""Words passed on second hand: "someone says the studio is saying “...”".

When one speaker reports that another "is saying" or "keeps telling people" something, the
quoted words belong to neither for sure (the first only relays them, the second is only said to
have said them): the quote is held for review, never served.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.text import Doc, Quote, Span
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_HINTS = ("saying", "claiming", "telling", "calling")
_RELAYED = lazy_pattern(
    rf"\b{SPEECH_VERBS}\b[^.;:!?“”\"]{{1,80}}?\b(?:is|are|was|were|has[ ]been|have[ ]been|"
    r"keeps?|kept)[ ](?:saying|claiming|telling[ ]\w+|calling[ ]it)[ ,:]*$"
)


def held_if_relayed(doc: Doc, sentence: Span, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its ``sentence`` has one speaker report what another is saying."""
    pre = doc.masked[sentence.start : max(sentence.start, quote.start - 1)]
    tail = pre[-30:]
    if not any(hint in tail for hint in _HINTS) or _RELAYED.search(pre) is None:
        return fact
    return held(fact, "words passed on second hand")
