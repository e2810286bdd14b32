"""Words no one is named to say, right after a sentence that gives an actor in their part ("Ada
Vale as Dessa got the biggest laugh in the room. “...” — iconic"): a fan or a critic quoting the
part's line, not the actor speaking to anyone. The words are held, never served as the actor's."""

from __future__ import annotations

import re

from bot.extract.names import NAME
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held

_IN_PART = re.compile(rf"[ “”\"‘’'*-]*(?P<actor>{NAME})[ ]as[ ][A-Z]")
"""A sentence that opens on an actor, then "as" and their part."""


def held_if_role_line(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when it has no attribution of its own, opens its sentence, and the sentence
    before opens on its speaker in a part."""
    if not fact.served or fact.attribution or fact.continues_previous or not fact.speaker:
        return fact
    sentence = doc.sentence_at(quote.start)
    if doc.text[sentence.start : quote.start - 1].strip(" *-–—•"):
        return fact
    before = doc.sentence_before(sentence)
    if before is None or before.para != sentence.para:
        return fact
    match = _IN_PART.match(doc.text, before.start, before.end)
    if match is None or match["actor"] not in fact.speaker:
        return fact
    return held(fact, "a line spoken in the work")
