"""Words a crowd calls out are no named person's: "X was mobbed by fans shouting “...”".

A quotation right after a crowd and its calling-out participle ("fans shouting", "a crowd
chanting", "the room singing along") is what the crowd called. The sentence's subject, often
the one the crowd called to, never said it; the words are left to no one.
"""

from __future__ import annotations

from bot.extract.text import Doc
from bot.extract.unsaid_runs import unsaid_with_runs
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
    """Each quote a named person is credited with that a crowd calls out, left to no one, with
    the words going on from it ("fans shouting “Mira!” “We love you!”")."""
    return unsaid_with_runs(quotes, lambda fact: _called_out(doc, fact))


def _called_out(doc: Doc, fact: QuoteFact) -> bool:
    if fact.source is not SourceKind.PERSON or not fact.speaker:
        return False
    start = doc.text.find(fact.text)
    if start < 1:
        return False
    sentence = doc.sentence_at(start)
    return _CALLED_OUT.search(doc.masked, sentence.start, start - 1) is not None
