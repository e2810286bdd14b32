"""A "she says" goes to the piece's subject, not to a nearer name with nothing to show it is "she".

In a profile or an interview, a bare "she says" after a quotation is the subject's voice when
the subject has already been quoted as "she" and the person the pronoun found nearer has never
been called "she" (nor is named in the quotation's paragraph or the sentence before it):
"Director Tom Reed let her choose the ending. ... For now, she is resting. “It is strange to be
idle,” she says." is the profile's subject's, not Reed's. The same holds for "he", and for a
short "She laughs." right before the quotation.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.all_said import ALL_SAID_VERB
from bot.extract.interview_answers import mentions
from bot.extract.kin_genders import kin_genders
from bot.extract.lede_subjects import lede_subject, quoted_by_name
from bot.extract.speakers import Resolver, Speaker
from bot.extract.text import Doc, Quote
from bot.extract.told_genders import told_genders
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_PRONOUN_AFTER = lazy_pattern(
    r"[,.!?]?[ ]*(?:(?P<all>(?:is|was)[ ]all)[ ])?(?P<pronoun>she|he)"
    rf"(?:[ ](?:[a-z]+ly[ ])?[a-z]+s\b|(?(all){ALL_SAID_VERB}|(?!)))"
)
"""A pronoun attribution right after the closing mark: ", she says", or any predicate that
makes the words all the speaker gave ("is all he’ll reveal", :mod:`.all_said`)."""
_PRONOUN_BEFORE = lazy_pattern(
    r"(?:^|[.!?][ ]+)(?P<pronoun>She|He)[ ](?:[a-z]+ly[ ])?[a-z]+s(?:[ ][a-z]+){0,3}[.:][ ]*[“\"]?$"
)
"""A short sentence of the subject's own right before the quotation: "He laughs. “...”", "She
laughs at that. “...”"."""
PRONOUN_VERB = r"(?P<pronoun>[Ss]he|[Hh]e)[ ](?:[a-z]+ly[ ])?[a-z]+"
"""A gendered pronoun and the verb after it (an adverb between): "he describes", "she warmly
says"."""
LEAD_PRONOUN = lazy_pattern(PRONOUN_VERB)
"""An attribution that opens with its pronoun: "he describes", "she will say"."""


def subject_if_unproven(
    doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact, genders: dict[str, str]
) -> QuoteFact:
    """``fact`` credited to the profiled person when its pronoun agrees only with them."""
    if fact.source is not SourceKind.PERSON or not fact.served or not fact.speaker:
        return fact
    para = doc.paras[quote.para]
    said = _PRONOUN_AFTER.match(doc.text, quote.end + 1) or _PRONOUN_BEFORE.search(
        doc.masked, para.start, quote.start
    )
    lead = LEAD_PRONOUN.match(fact.attribution) if said is None else None
    if said is None and lead is None:
        return fact  # no pronoun to weigh: who is which sex is not needed
    kin = _known_sexes(doc, resolver, fact.speaker)
    if lead is not None and kin.get(fact.speaker) not in (None, lead["pronoun"].lower()):
        return _for_subject(resolver, fact, lead["pronoun"].lower(), kin)  # "which he describes"
    if said is None:
        return fact
    pronoun = said["pronoun"].lower()
    if kin.get(fact.speaker) not in (None, pronoun):
        return _for_subject(resolver, fact, pronoun, kin)
    subject = resolver.profiled() or lede_person(doc, resolver, fact.speaker, quote.start)
    if subject is None or subject.name == fact.speaker or genders.get(subject.name) != pronoun:
        return fact
    if fact.speaker in genders:  # quoted by a pronoun before: the crossing check weighs it,
        # save for words going on from another's across "He laughs at that."
        return fact if genders[fact.speaker] == pronoun else replace(fact, speaker=subject.name)
    sentence = doc.sentence_at(quote.start)
    before = doc.sentence_at(sentence.start - 1) if sentence.start > 0 else sentence
    start = min(before.start, sentence.start, para.start)
    if mentions(fact.speaker, doc.text[start : max(said.end(), quote.start)]):
        return fact  # named in the quotation's paragraph or the sentence before: it may speak
    return replace(fact, speaker=subject.name)


def _known_sexes(doc: Doc, resolver: Resolver, speaker: str) -> dict[str, str]:
    """Who the article makes a man or a woman: by a kin part, else by a clause they report of
    themselves ("Vale says she ..."), unless ``speaker`` is the profile's subject; told both
    ways, by neither."""
    kin = kin_genders(doc, resolver.people)
    told = told_genders(doc.masked, resolver.people)
    if speaker in told and (subject := resolver.profiled()) is not None:
        told.pop(subject.name, None)  # "Reed says she cried": often a co-star, in Reed's profile
    return {
        name: pronoun
        for name, pronoun in {**told, **kin}.items()
        if told.get(name, pronoun) == kin.get(name, pronoun)
    }


def _for_subject(
    resolver: Resolver, fact: QuoteFact, pronoun: str, kin: dict[str, str]
) -> QuoteFact:
    """``fact``, whose pronoun found one the article casts as the other sex ("Tom Reed plays her
    brother"), credited to the headline's subject, or to no one."""
    subject = resolver.profiled()
    if subject is None or kin.get(subject.name) not in (None, pronoun):
        return fact.unattributed()
    return replace(fact, speaker=subject.name)


def lede_person(doc: Doc, resolver: Resolver, found: str, offset: int) -> Speaker | None:
    """The lede's subject when the headline names no one (:mod:`bot.extract.lede_subjects`),
    unless the one the pronoun ``found`` was quoted by name before."""
    name = lede_subject(doc, resolver.people)
    if name is None or quoted_by_name(doc, found, offset):
        return None
    return Speaker(name, SourceKind.PERSON, "")
