"""A choir, a band or an orchestra is never "she" or "he".

A profile names a group in passing, with a person-like name and what it is ("Canto Verde y Bryn
Du, a male voice choir of thirty men"), and the next paragraph's "“...,” she says" found the
group as the sentence's last name. A group does not speak as one person: the words are the
profile's subject's (when nothing says the subject is the other sex), or, with no subject
known, whom the sentence before stood for when it opened on the same "She", else no one's.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.lede_subjects import lede_subject
from bot.extract.lexicon import PARTICLE_PATTERN
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_GROUP_NOUNS = (
    r"(?:choir|chorus|band|orchestra|ensemble|quartet|quintet|trio|troupe|collective|"
    r"choral[ ]society|glee[ ]club)"
)
_GROUP_AFTER = lazy_pattern(
    rf"(?:[ ](?:(?:{PARTICLE_PATTERN}|y|do)[ ])?[A-Z][\w’'-]*){{0,4}}?,[ ](?:a|an|the)[ ]"
    rf"(?:[\w-]+[ ]){{0,3}}?{_GROUP_NOUNS}\b(?![’'-])"
)
"""What follows a group's name (or the first words of it): the rest of the name (capitalised
words, with "y", "do" or a name particle between), then "a male voice choir", "a brass band",
"the youth orchestra"; never a clause ("X joined them, a band") or a possessive ("X, the
band’s singer")."""
_PRONOUN = lazy_pattern(r"(?:she|he)\b")


def group_sayer(
    doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact, genders: dict[str, str]
) -> QuoteFact:
    """``fact`` credited to the profile's subject (or to no one) when its "she says" found a
    group the article describes as a choir, band or orchestra."""
    if fact.source is not SourceKind.PERSON or not fact.served or not fact.speaker:
        return fact
    pronoun = _PRONOUN.match(fact.attribution)
    if pronoun is None or not _is_group(doc.text, fact.speaker):
        return fact
    subject = resolver.profiled()
    name = subject.name if subject is not None else lede_subject(doc, resolver.people)
    name = name or _pronoun_before(doc, resolver, quote, pronoun.group())
    if name is None or name == fact.speaker or genders.get(name) not in (None, pronoun.group()):
        return fact.unattributed()
    return replace(fact, speaker=name)


def _pronoun_before(doc: Doc, resolver: Resolver, quote: Quote, pronoun: str) -> str | None:
    """Whom the sentence before stands for when it opens on the same pronoun ("She spent a
    month there ... and, eventually, <the choir>. “...,” she says."): the one before it."""
    sentence = doc.sentence_at(quote.start)
    if sentence.start == 0:
        return None
    before = doc.sentence_at(sentence.start - 1)
    if not doc.text.startswith(pronoun.capitalize() + " ", before.start):
        return None
    found = resolver.antecedent(before.start)
    if found is None or found.source is not SourceKind.PERSON or _is_group(doc.text, found.name):
        return None
    return found.name


def _is_group(text: str, name: str) -> bool:
    at = text.find(name)
    while at >= 0:
        if _GROUP_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False
