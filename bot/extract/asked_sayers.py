"""A "she said, “...”" that opens an interview's answer reports someone else's words: the one
who answers says "I", so the pronoun is the person the question just asked about ("Q: What was
Ada Pell's advice?" / "She told me, “Trust the quiet takes.” I still do."), never the answerer;
left unattributed (credited to no one) when the question names no one else, or more than one."""

from __future__ import annotations

from dataclasses import replace

from bot.extract.descriptions import named_in
from bot.extract.interview_askers import ends_on_question
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_PRONOUN_VERB = lazy_pattern(r"(?P<pronoun>[Hh]e|[Ss]he)[ ][a-z]+(?:[ ](?:me|us))?[ ]?,?[ ]*[“‘]?")
"""The answer's opening words before the quotation: "She said, ", "He told me, "."""


def asked_sayer(
    doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact, genders: dict[str, str]
) -> QuoteFact:
    """``fact`` credited to the one person the question before its paragraph names, when the
    answer opens on "she said, “...”" (see above)."""
    if fact.source is not SourceKind.PERSON or not fact.served or quote.para < 1:
        return fact
    para = doc.paras[quote.para]
    lead = _PRONOUN_VERB.fullmatch(doc.masked, para.start, quote.start)
    if lead is None or not _question(doc, quote.para - 1):
        return fact
    asked = doc.paras[quote.para - 1]
    named = named_in(resolver.people, doc.text[asked.start : asked.end])
    if fact.speaker in named:
        return fact  # the question asks about the one the pronoun already found
    pronoun = lead["pronoun"].lower()
    if len(named) == 1 and genders.get(sayer := next(iter(named)), pronoun) == pronoun:
        return replace(fact, speaker=sayer)
    return fact.unattributed()


def _question(doc: Doc, index: int) -> bool:
    """Whether paragraph ``index`` is an interviewer's question ("Q: ...?")."""
    if any(q.para == index and q.asking for q in doc.quotes):
        return True
    return ends_on_question(doc.text, doc.paras[index])
