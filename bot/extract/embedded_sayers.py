"""A "she says" after a sentence about one person that names another as saying something: "X
shot it on film, a choice Y says she fought for. “...,” she says." The pronoun is Y's when Y is
the one the article has already quoted as "she"; when that is not known, it is no one's, never
the sentence's subject by default.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.names import NAME
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind

_PRONOUN_SAYS = re.compile(r"(?P<pronoun>he|she)[ ](?:says|said)$")
_SAYER = re.compile(rf"(?<![\w’'])(?P<name>{NAME})[ ](?:says|said)[ ]")


def embedded_sayer(
    doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact, genders: dict[str, str]
) -> QuoteFact:
    """``fact`` credited to the person the sentence before names as saying something, when a
    bare "she says" found someone else (see above)."""
    if fact.source is not SourceKind.PERSON or not fact.served:
        return fact
    pronoun = _PRONOUN_SAYS.match(fact.attribution)
    if pronoun is None:
        return fact
    sentence = doc.sentence_at(quote.start)
    if quote.start - sentence.start > 1:
        return fact  # words before the quotation in its sentence: not a bare "she says"
    before = doc.sentence_at(sentence.start - 1) if sentence.start > 0 else None
    if before is None or before.start >= sentence.start or before.para != sentence.para:
        return fact
    chunk = doc.masked[before.start : before.end]
    if " says " not in chunk and " said " not in chunk:
        return fact
    sayer = None
    for found in _SAYER.finditer(chunk):
        if found.start() == 0:
            continue  # the sentence's own subject saying it: that is who the pronoun follows
        sayer = resolver.people.resolve(found["name"], first_name=True)
    if sayer is None or sayer == fact.speaker:
        return fact
    if genders.get(sayer) == pronoun["pronoun"]:
        return replace(fact, speaker=sayer)
    return fact.unattributed()
