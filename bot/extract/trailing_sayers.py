"""A sentence that ends on its own "she says" speaks for the quotation that opens the next one.

"Reports that she would score X’s next film were early, she says. “Nobody has asked me.”": the
words are the "she"'s, not those of the person the sentence names in passing. With nothing in
the quote's own sentence to say who speaks, the credit goes to whom the pronoun last stood for
(else the profile's subject), when that fits the pronoun; otherwise to no one, never to a name
the sentence only mentions ("Brackley’s next series").
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.gender_pronouns import OTHER_PRONOUN
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_TRAILING = lazy_pattern(r",[ ](?P<pronoun>he|she)[ ](?:says|said|adds|added|insists|insisted)[.]$")


def trailing_sayer(
    doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact, genders: dict[str, str]
) -> QuoteFact:
    """``fact`` credited to the "she" of the sentence before (see above)."""
    if fact.source is not SourceKind.PERSON or not fact.served or fact.attribution:
        return fact
    if fact.continues_previous:
        return fact
    sentence = doc.sentence_at(quote.start)
    if quote.start - sentence.start > 1 or sentence.start == 0:
        return fact  # words before the quotation in its own sentence
    before = doc.sentence_at(sentence.start - 1)
    if before.start >= sentence.start or before.para != sentence.para:
        return fact
    trailing = _TRAILING.search(doc.masked[before.start : before.end].rstrip())
    if trailing is None:
        return fact
    pronoun = trailing["pronoun"]
    if genders.get(fact.speaker) == pronoun:
        return fact
    for known in (resolver.recall(pronoun, quote.start), resolver.profiled()):
        if known is not None and genders.get(known.name) != OTHER_PRONOUN[pronoun]:
            if known.name == fact.speaker:
                return fact
            return replace(fact, speaker=known.name, source=known.source)
    return fact.unattributed()
