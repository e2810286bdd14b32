"""Words after a sentence about "him" are not hers: "She adds: “...”. He is wary of it. “...”".

A quotation with no attribution of its own goes on from the last one credited, across a
paragraph break. When the sentence right before it (or its own words before the marks) opens
on "He" and the one it went on to has been quoted as "she" ("she adds"), or the other way
round, the words are his, whoever he is; never hers. They are left to no one, as are the words
going on from them.
"""

from __future__ import annotations

from bot.extract.gender_pronouns import OTHER_PRONOUN
from bot.extract.gendered_subjects import LEAD_PRONOUN
from bot.extract.text import Doc
from bot.extract.unsaid_runs import unsaid_with_runs
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_OPENS = lazy_pattern(r"(?P<pronoun>She|He)[ ][a-z]")
"""A sentence whose subject is a gendered pronoun, first: "He is wary of the word"."""


def other_pronoun_leads_unsaid(doc: Doc, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each unattributed-by-itself quote, with what goes on from it, left to no one when the
    sentence before it opens on the other pronoun than its speaker was quoted by."""
    genders: dict[str, str] = {}
    for fact in quotes:
        lead = LEAD_PRONOUN.match(fact.attribution) if fact.source is SourceKind.PERSON else None
        if lead is not None:
            genders.setdefault(fact.speaker, lead["pronoun"].lower())
    return unsaid_with_runs(quotes, lambda fact: _crossed(doc, fact, genders))


def _crossed(doc: Doc, fact: QuoteFact, genders: dict[str, str]) -> bool:
    """The words, with no attribution of their own, go on to a speaker quoted as one pronoun
    after a sentence (or their own lead) that opens on the other."""
    if fact.source is not SourceKind.PERSON or fact.attribution or fact.continues_previous:
        return False
    known = genders.get(fact.speaker)
    start = doc.text.find(fact.text)
    if known is None or start < 1:
        return False
    sentence = doc.sentence_at(start)
    if start - sentence.start <= 1:
        before = doc.sentence_before(sentence)
        if before is None or before.para != sentence.para:
            return False
        sentence = before
    opens = _OPENS.match(doc.masked, sentence.start)
    return opens is not None and opens["pronoun"].lower() == OTHER_PRONOUN[known]
