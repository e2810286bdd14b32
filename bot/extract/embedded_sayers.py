"""A "she says" after a sentence about one person that names another as saying something: "X
shot it on film, a choice Y says she fought for. “...,” she says." The pronoun is Y's when Y is
the one the article has already quoted as "she"; when that is not known, it is no one's, never
the sentence's subject by default.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.aged_sayers import aged_sayer
from bot.extract.asked_replies import asked_reply
from bot.extract.asked_sayers import asked_sayer
from bot.extract.caption_lines import held_if_caption_line
from bot.extract.dashed_credits import dashed_credit
from bot.extract.gender_pronouns import OTHER_PRONOUN
from bot.extract.gendered_subjects import subject_if_unproven
from bot.extract.group_sayers import group_sayer
from bot.extract.handle_sayers import handle_sayer
from bot.extract.host_answers import host_answer
from bot.extract.joint_sayers import joint_sayer
from bot.extract.names import NAME
from bot.extract.parenthetical_sayers import parenthetical_sayer
from bot.extract.ran_posts import post_that_ran
from bot.extract.speakers import Resolver
from bot.extract.subjects import clause_subjects
from bot.extract.text import Doc, Quote
from bot.extract.told_descriptors import told_by_another
from bot.extract.trailing_sayers import trailing_sayer
from bot.extract.work_lines import held_if_work_line
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_PRONOUN_SAYS = lazy_pattern(r"(?P<pronoun>he|she)[ ](?:says|said)$")
_INNER = lazy_pattern(
    r"(?P<inner>He|She)[ ](?:(?:wrote|writes|said|says|texted|emailed)(?P<to>[ ]to[ ]me)?"
    r"|(?P<told>told[ ]me))"
    r"[ ]?,"
)
_LEAD = lazy_pattern(r"(?P<outer>he|she)\b")
_OBJECT = {"she": r"\bher\b", "he": r"\bhim\b"}
_SAYER = lazy_pattern(rf"(?<![\w’'])(?P<name>{NAME})[ ](?:says|said)[ ]")
_OF_SUBJECT = lazy_pattern(r"^(?:[A-Z][\w’'-]*[ ]){1,4}(?:of|at|from)[ ]$")
"""The sentence's own subject before a name it belongs to ("Producer Ada Vale of Brisk Pictures
said"): the name is her company's, no other sayer."""


def embedded_sayer(
    doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact, genders: dict[str, str]
) -> QuoteFact:
    """``fact`` credited to the person the sentence before names as saying something, when a
    bare "she says" found someone else (see above)."""
    fact = held_if_work_line(doc, quote, trailing_sayer(doc, resolver, quote, fact, genders))
    fact = held_if_caption_line(doc, quote, fact)  # "Photo 3 of 8: “...” Dessa turns ..."
    fact = parenthetical_sayer(resolver, quote, fact, genders)
    fact = subject_if_unproven(doc, resolver, quote, fact, genders)
    fact = group_sayer(doc, resolver, quote, fact, genders)  # a choir is never "she"
    fact = aged_sayer(doc, resolver, quote, fact, genders)  # "the 52-year-old Kerry man"
    fact = asked_sayer(doc, resolver, quote, fact, genders)  # an answer's "she said"
    fact = asked_reply(doc, resolver, quote, fact, genders)  # "A asked whether B ..."
    fact = host_answer(doc, resolver, quote, fact, genders)  # the host asks, the guest answers
    fact = told_by_another(doc, resolver, quote, fact)  # "X said the actor had told him"
    fact = dashed_credit(doc, resolver, quote, fact)  # "‘...’" then "— Ada Vale on Tom Reed"
    fact = post_that_ran(doc, quote, fact)  # "“...,” ran one post": an unnamed poster's
    fact = joint_sayer(doc, resolver, quote, fact)  # "A and B posted ... “...”": neither's
    fact = handle_sayer(doc, quote, fact)  # "A user called @x had a note: “...”": @x's
    if fact.source is not SourceKind.PERSON or not fact.served:
        return fact
    inner = _INNER.match(fact.text)
    if inner and (reported := _reporting(resolver, quote, fact, genders, inner)) != fact:
        return reported
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
        if found.start() == 0 or _OF_SUBJECT.match(chunk[: found.start()]):
            continue  # the sentence's own subject saying it: that is who the pronoun follows
        sayer = resolver.people.resolve(found["name"], first_name=True)
    if sayer is None or sayer == fact.speaker:
        return fact
    if genders.get(sayer) == pronoun["pronoun"]:
        return replace(fact, speaker=sayer)
    return fact.unattributed()


def _reporting(
    resolver: Resolver, quote: Quote, fact: QuoteFact, genders: dict[str, str], said: re.Match[str]
) -> QuoteFact:
    """``fact`` ("“He wrote, ‘...’,” she says") credited to the last "she" (else the profile's
    subject) when the sentence before is about a man who "emailed her", or is about the man who
    "said to me" / "told me" (its first subject, however named: the teller is "me"): the "she"
    found him."""
    inner, lead = fact.text.split(" ", 1)[0].lower(), _LEAD.match(fact.attribution)
    outer = lead["outer"] if lead is not None else ""
    if inner != OTHER_PRONOUN.get(outer) or genders.get(fact.speaker) == outer:
        return fact
    doc = resolver.doc
    sentence = doc.sentence_at(quote.start)
    before = doc.sentence_at(sentence.start - 1) if sentence.start > 0 else None
    if before is None or before.start >= sentence.start or before.para != sentence.para:
        return fact
    chunk = doc.masked[before.start : before.end].lstrip()
    subjects = clause_subjects(chunk) if said["to"] or said["told"] else []
    to_me = bool(subjects) and resolver.people.resolve(subjects[0][1]) == fact.speaker
    if not to_me and not re.search(_OBJECT[outer], chunk):
        return fact  # nothing says the one it is about is not the "she"
    for known in (resolver.recall(outer, quote.start), resolver.profiled()):
        if known is not None and known.name != fact.speaker and genders.get(known.name) != inner:
            return replace(fact, speaker=known.name, source=known.source)
    return fact.unattributed()
