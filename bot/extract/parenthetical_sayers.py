"""A sayer set off by commas right after a sentence's named subject is someone else.

"Producer Hana Lisle, he added, had kept the set “calm as a library”" reports what "he" said
about Lisle: the pronoun follows someone from before the sentence (the one the piece quoted as
"he"), never the subject it interrupts (its aside right after the name), or the writer would
have put "Lisle added". The words go to the pronoun's person found before the sentence, else
to no one. The same holds for a quotation that opens the next sentence with no sayer of its own
("Producer Hana Lisle, he said, kept the scene. “Dana was wonderful in it.”"): the one still
talking is the pronoun's person, not the subject the aside was about.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.speakers import Resolver
from bot.extract.text import Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_ASIDE = lazy_pattern(
    r",[ ](?P<pronoun>he|she)[ ][a-z]+(?:[ ](?:on|too|later))?,[ ]"
    r"(?!(?:had[ ]|has[ ])?(?:wanted|wants|asked|told|insisted|called|described|said|hoped)\b)"
)
"""The aside, unless the subject's own verb after it is one of wanting or saying ("Lisle, he
says, wanted it to feel “older”": a wish in the subject's own words)."""


def parenthetical_sayer(
    resolver: Resolver, quote: Quote, fact: QuoteFact, genders: dict[str, str]
) -> QuoteFact:
    """``fact`` credited to the pronoun's person before the sentence when its speaker is the
    named subject a ", he added," interrupts."""
    if fact.source is not SourceKind.PERSON or not fact.served or not fact.speaker:
        return fact
    doc = resolver.doc
    sentence = doc.sentence_at(quote.start)
    if not fact.attribution and quote.start - sentence.start <= 1 and sentence.start > 0:
        before = doc.sentence_at(sentence.start - 1)  # a bare quotation after the aside's sentence
        if before.start >= sentence.start or before.para != sentence.para:
            return fact
        sentence = before
        aside = _ASIDE.search(doc.masked, sentence.start, sentence.end)
    else:
        aside = _ASIDE.search(doc.masked, sentence.start, quote.start)
        if aside is not None and not fact.attribution.startswith(aside["pronoun"]):
            return fact
    if aside is None:
        return fact
    subject = doc.masked[sentence.start : aside.start()]
    if "," in subject or subject.rsplit(" ", 1)[-1] not in fact.speaker.split():
        return fact  # the pronoun does not interrupt the speaker's own name (first or last)
    return credited_before(resolver, sentence.start, fact, aside["pronoun"], genders)


def credited_before(
    resolver: Resolver, start: int, fact: QuoteFact, pronoun: str, genders: dict[str, str]
) -> QuoteFact:
    """``fact`` credited to the person ``pronoun`` follows from before ``start`` (someone other
    than its speaker, not known as the other gender), else to no one."""
    found = resolver.antecedent(start, pronoun=pronoun)
    if (
        found is None
        or found.source is not SourceKind.PERSON
        or not found.name
        or found.name == fact.speaker
        or genders.get(found.name, pronoun) != pronoun
    ):
        return fact.unattributed()
    return replace(fact, speaker=found.name)
