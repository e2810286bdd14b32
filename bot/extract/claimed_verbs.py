"""A verb in marks inside a claim a crowd makes about a thing: the writer's scare quotes.

"A few viewers argued the poster “proves” that the keeper survives", "some fans insisted the
teaser “hints” that Rosa returns": the one marked word is the verb of what the crowd claims the
thing does, set off by the writer who doubts it, not words anyone is quoted as saying. Held for
review. A word a speaker uses of themselves ("said it was “delighted” that ...") is not such a
verb: a linking verb stands between the subject and the marks.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.text import Quote
from bot.facts import HELD, QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_THING_BEFORE = lazy_pattern(
    r"\b(?:the|this|that|its|their)[ ]"
    r"(?:(?!(?:is|was|are|were|be|been|being|has|had|have|seems|seemed|feels|felt|looks|"
    r"looked)[ ])[a-z][\w’'-]*[ ]){1,2}$"
)
"""A thing as the verb's subject right before the marks ("the trailer “...”"), no linking verb."""
_CLAUSE_AFTER = lazy_pattern(r"[”\"’']?[ ](?:that|the|a|an|it|nothing|everything|something)\b")
"""What the verb claims, right after the marks ("“confirms” that ...", "“proves” nothing")."""
_VERB = lazy_pattern(r"[a-z]+(?:[^s]s|ed)")
_CROWDS = frozenset({SourceKind.UNNAMED, SourceKind.UNATTRIBUTED})


def held_if_claimed_verb(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when it is one marked verb of a thing, in a claim no named person makes."""
    if not fact.served or fact.source not in _CROWDS or _VERB.fullmatch(fact.text) is None:
        return fact
    if _CLAUSE_AFTER.match(text, quote.end) is None:
        return fact
    if _THING_BEFORE.search(text, max(0, quote.start - 40), max(0, quote.start - 1)) is None:
        return fact
    return replace(fact, confidence=HELD, doubt="a verb in scare quotes in a crowd's claim")
