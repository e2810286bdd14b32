"""Words a crowd calls out are no named person's: "X was mobbed by fans shouting “...”".

A quotation right after a crowd and its calling-out participle ("fans shouting", "a crowd
chanting", "the room singing along") is what the crowd called. The sentence's subject, often
the one the crowd called to, never said it; the words are left to no one.
"""

from __future__ import annotations

from bot.extract.text import Doc
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_CALLED_OUT = lazy_pattern(
    r"\b(?:fans|crowds?|audiences?|people|viewers|onlookers|spectators|supporters|teenagers"
    r"|students|kids|children|voices|room|chorus|throng)[ ](?:(?:who[ ](?:were|was|kept)|all)[ ])?"
    r"(?:shouting|chanting|screaming|yelling|singing|cheering|calling|crying)"
    r"(?:[ ](?:out|along|back))?[ ]?[,:]?[ ]*$"
)
"""A crowd and its participle running up to the words: "fans shouting ", "a crowd chanting: ";
never one person's habit ("what he keeps calling ")."""


def crowd_calls_unsaid(doc: Doc, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each quote a named person is credited with that a crowd calls out, left to no one."""
    return [_checked(doc, fact) for fact in quotes]


def _checked(doc: Doc, fact: QuoteFact) -> QuoteFact:
    if fact.source is not SourceKind.PERSON or not fact.speaker:
        return fact
    start = doc.text.find(fact.text)
    if start < 1:
        return fact
    sentence = doc.sentence_at(start)
    if _CALLED_OUT.search(doc.masked, sentence.start, start - 1) is None:
        return fact
    return fact.unattributed()
