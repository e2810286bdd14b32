"""Words an interview answer reports: the answerer's own ("and I said, “...”") or another's
("My agent rang and said, “...”"), told by who says them just before the quote."""

from __future__ import annotations

import re

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind

_VERB_BEFORE = re.compile(rf"\b{SPEECH_VERBS}(?:[ ](?:me|us|him|her|them))?[ ]?[,:]?[ ]*$")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|I’d|I'd|we’d|we'd)\b")
_WORD = re.compile(r"[A-Za-z]")
_CLAUSE_END = re.compile(r"[,;:.!?]")


def voiced(doc: Doc, quote: Quote, fact: QuoteFact, answerer: str) -> QuoteFact:
    """A quote inside an answer, credited by who says it just before: another's words are
    nobody's the extractor can name; the answerer's own "I said" are the answerer's."""
    sentence = doc.sentence_at(quote.start)
    pre = doc.masked[sentence.start : max(sentence.start, quote.start - 1)]
    verb = _VERB_BEFORE.search(pre)
    if verb is None or not answerer:
        return fact
    clause = _CLAUSE_END.split(pre[: verb.start()])[-1]
    if _FIRST_PERSON.search(clause) is not None:
        if fact.source is SourceKind.UNATTRIBUTED:
            return QuoteFact(fact.text, answerer, SourceKind.PERSON, "", fact.fragment, False)
        return fact
    if fact.speaker == answerer and _WORD.search(clause) is not None:
        return QuoteFact(fact.text, "", SourceKind.UNATTRIBUTED, "", fact.fragment, False)
    return fact
