"""A noun phrase in marks that a copula makes its subject's label: "Lumen's Dusk Harbour has
been “the next great British comedy hit” for two years", "then it became “the thing everyone
talks about” across Europe". With no one credited and no speech verb in the sentence, the marks
are the writer's on a tag going round, not anyone's quoted words, so the words are held.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.quote_checks import faceless
from bot.extract.text import Quote
from bot.facts import HELD, QuoteFact
from bot.lazy_patterns import lazy_pattern

_COPULA = lazy_pattern(
    r"\b(?:is|was|are|were|been|be|became|becomes|become|remains|remained|[a-z][’']s)[ ]"
    r"(?:(?:still|already|long|always|just|now|finally|quietly|widely|briefly)[ ])?$"
)
_LABEL = lazy_pattern(r"(?:the|a|an)[ ][a-z][\w’'-]*(?:[ ][\w’'-]+){1,8}")
_SPOKEN = lazy_pattern(
    rf"\b{SPEECH_VERBS}\b|\b(?:calls?|called|describ\w+|dubb\w+|according|words|teas\w*|interviews?)\b"
)
_PERSON = lazy_pattern(r"\b(?:I|I[’']\w+|we|we[’']\w+|us|our|my|me|you|you[’']\w+|your)\b")
"""A speaker's own person inside the marks ("the best thing we've done"): someone's words."""


def held_if_copula_label(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when faceless lowercase words in marks, opening on "the" or "a", follow a
    copula in a sentence no speech verb runs through, and speak in no one's person."""
    if not faceless(fact) or not fact.fragment or not fact.served or not quote.closed:
        return fact
    if _LABEL.fullmatch(fact.text) is None or _PERSON.search(fact.text) is not None:
        return fact
    if _COPULA.search(text, max(quote.start - 24, 0), quote.start - 1) is None:
        return fact
    start = max(text.rfind(". ", 0, quote.start), text.rfind("\n", 0, quote.start), 0)
    stop = [i for i in (text.find(". ", quote.end), text.find("\n", quote.end)) if i >= 0]
    end = min(stop) if stop else len(text)
    if _SPOKEN.search(text, start, quote.start) or _SPOKEN.search(text, quote.end, end):
        return fact
    return replace(fact, confidence=HELD, doubt="a label in marks that no one is said to give")
