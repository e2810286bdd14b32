"""Quoted words a post offers as an example or dismisses ("“My cousin is an extra” is not a
source", "the rumour that they're “filming in secret” came from an anonymous account"): words
nobody is said to have said, only mentioned; held for review.

Only a quote left without a speaker is held, so a quote someone is named to say keeps them.
"""

from __future__ import annotations

import re

from bot.extract.text import Doc
from bot.facts import QuoteFact, SourceKind, held

_DISMISSED_AFTER = re.compile(
    r"[”\"’']?[ ](?:(?:is|are|was)[ ](?:not|never)[ ](?:a|an|any)[ ]|(?:is|are|was)[ ]no[ ]"
    r"|(?:isn|aren|wasn)[’']t[ ](?:a|an|any)[ ])(?:source|proof|evidence|confirmation|fact)\b"
)
_RUMOUR_BEFORE = re.compile(
    r"\b(?:rumou?rs?|speculation|gossip|claims?|theory|theories)[ ](?:that|of|about)[ ]"
    r"[^.;:!?“”\"]{0,40}[“\"‘']?$"
)
_REACH = 80
"""How far before the quote a rumour's noun is looked for."""


def held_if_dismissed(doc: Doc, start: int, end: int, fact: QuoteFact) -> QuoteFact:
    """``fact`` (a quotation from ``start`` to ``end``), held when the words after it dismiss it
    as no source or the words before make it the content of a rumour or a claim."""
    if fact.source is not SourceKind.UNATTRIBUTED or not fact.served:
        return fact
    text = doc.text
    after = text[end : end + 40]
    before = text[max(start - _REACH, 0) : start]
    dismissible = " source" in after or " proof" in after or " evidence" in after
    if (dismissible or " fact" in after) and _DISMISSED_AFTER.match(text, end, end + 40):
        return held(fact, "words dismissed as no source, said by no one")
    rumour = "umour" in before or "umor" in before or "claim" in before or "specul" in before
    if (rumour or "gossip" in before or "theor" in before) and _RUMOUR_BEFORE.search(before):
        return held(fact, "the words of a rumour, said by no one")
    return fact
