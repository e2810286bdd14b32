"""A "she said" inside an unlabelled interview answer is someone the answerer tells of.

A Q&A printed without labels puts the interviewer's question in a paragraph of its own and the
answer in the next, in the first person ("What does your dad think?" / "He's a plumber. He
said, “...”"). The answerer says "I"; a bare "he" or "she" saying words there is another
person, so the words are never the answerer's, nor the profile subject's the pronoun may find;
unless the question or the answer named the one found, the words go to no one.
"""

from __future__ import annotations

from bot.extract.answer_voices import in_first_person
from bot.extract.interview_answers import mentions
from bot.extract.interview_askers import ends_on_question
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_BARE_THIRD = lazy_pattern(r"(?:[Hh]e|[Ss]he)[ ](?:[a-z]+ly[ ])?[a-z]+(?:,|$)")
"""An attribution that is a bare "he" or "she" and its verb ("She said", "he told me")."""


def unattributed_if_answers_other(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` as no one's when a bare "he" or "she" says it inside an answer that follows a
    question paragraph and speaks in the first person."""
    if fact.source is not SourceKind.PERSON or _BARE_THIRD.match(fact.attribution) is None:
        return fact
    if quote.para == 0 or not ends_on_question(doc.text, doc.paras[quote.para - 1]):
        return fact
    if mentions(fact.speaker, doc.text[doc.paras[quote.para - 1].start : quote.start]):
        return fact  # the question or the answer named them: the pronoun may well be theirs
    return fact.unattributed() if in_first_person(doc, quote) else fact
