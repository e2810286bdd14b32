"""Words a teller passes on from someone else: "His mother, he says, still calls him “...”".

The aside's pronoun ("he says") tells the sentence; its subject, before the aside, is who said
the words. When the quote is credited through that aside and the subject is not its speaker,
the words are the subject's, not the teller's: held (:mod:`bot.extract.quote_genders` reads the
same aside for the pronoun's gender)."""

from __future__ import annotations

from bot.extract.interview_answers import mentions
from bot.extract.lexicon import RELATION, ROLE_NOUN
from bot.extract.pronoun_subjects import TELLER_ASIDE
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_KIN_SUBJECT = lazy_pattern(
    rf"[ ]*(?:(?:His|Her|Their|My)[ ](?:[a-z-]+[ ])?{RELATION}"
    rf"|(?:His|Her|Their|My|The|Our)[ ](?:[a-z-]+[ ])?(?:{ROLE_NOUN}))[ ]*"
)
"""The subject before the aside is someone's kin or friend ("His mother", "Her old flatmate")
or a person by their job ("The director, she says, called it “...”"), never a thing the teller
describes ("The kitchen, she says, felt “...”": the teller's words)."""


def passed_on(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact | None:
    """``fact`` held when its person is credited by a teller's aside after another subject:
    "Her agent, she says, calls it “...”" (the agent's words), never the teller's."""
    if fact.source is not SourceKind.PERSON or not fact.attribution:
        return None
    sentence = doc.sentence_at(quote.start)
    aside = TELLER_ASIDE.search(doc.masked, sentence.start, quote.start)
    if aside is None or fact.attribution not in aside.group():
        return None
    subject = doc.masked[sentence.start : aside.start()]
    if _KIN_SUBJECT.fullmatch(subject) is None or mentions(fact.speaker, subject):
        return None
    return held(fact, "words a teller passes on from the sentence's subject, not the teller's")
