"""A person named with the company they work for: "Producer Ada Vale of Dun Reach said".

The attribution pattern reads the name nearest the speech verb, which here is the employer (a
company the article may never name again, so it is not known as one). A full name joined to it
by "of" (a place-of-work phrase, maybe with "Leeds-based" before the company) is who speaks.
So is a phrase opening the clause with a common noun ("My agent at the firm said", "An editor at
Dun Reach said"): the company or place after "at", "of", "from" or "for" only says where the one
speaking works, so the words are that unnamed person's, or no one we can name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.extract.names import NAME
from bot.extract.subjects import NOT_A_JOB, ORG_NOUN, PERSON_NOUN
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker

_EMPLOYED = lazy_pattern(rf"(?P<person>{NAME})[ ]of[ ](?:[A-Z][\w’'-]*-based[ ])?$")
"""The person, "of" and maybe a base ("Fenland-based"), ending where the employer begins."""

_PERSON_HEAD = (
    rf"(?:{PERSON_NOUN}|agent|head[ ]of[ ][a-z]+|"
    rf"(?!{NOT_A_JOB}|{ORG_NOUN}\b)[a-z][a-z-]+(?:ist|er|or|ian|ant))"
)
_HEADED = lazy_pattern(
    r"(?:^|[.!?;:][ ]+|,[ ]+(?:and|but)[ ]+)[ ‘“\"']*"
    r"(?P<phrase>(?:[Aa]n?|[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Oo]ne)"
    rf"(?:[ ](?!(?:at|of|from|for)\b)[a-z][\w’'-]*){{0,2}}?[ ]{_PERSON_HEAD})"
    r"[ ](?:at|of|from|for)[ ](?:[Tt]he[ ])?$"
)
"""A clause opening with a determiner and someone's job ("My editor", "The head of drama"),
then the preposition that ties it to the name the pattern read."""


def employee(
    resolver: Resolver, match: re.Match[str], offset: int, speaker: Speaker | None
) -> Speaker | None:
    """``speaker``, found by ``match`` (at ``offset`` in the article), unless that is an employer
    after "X of": then X, if X is a person."""
    groups = match.groupdict()
    group = "name" if groups.get("name") else "who" if groups.get("who") else ""
    if speaker is None or not group:
        return speaker
    start = offset - match.start()  # where match.string starts in the article
    if speaker.source in (SourceKind.PERSON, SourceKind.ORGANISATION) and (
        head := _HEADED.search(match.string, 0, match.start(group))
    ):  # "My editor at the publisher said": the editor's, not the publisher's
        said = match.string[head.start("phrase") : match.end()].strip(" ,:")
        phrase = match.string[head.start("phrase") : match.end(group)]
        unnamed = resolver.who(phrase, start + head.start("phrase"), said)
        if unnamed is not None and unnamed.source is SourceKind.UNNAMED:
            return unnamed
        return replace(speaker, name="", source=SourceKind.UNATTRIBUTED, attribution=said)
    if speaker.source is not SourceKind.PERSON or group != "name":
        return speaker
    name_at = match.start("name")
    return _person_of(resolver, match.string, name_at, speaker, end=match.end(), start=start)


def employer_staff(
    resolver: Resolver, pre: str, name_at: int, start: int, speaker: Speaker
) -> Speaker:
    """``speaker``, named at ``name_at`` in ``pre`` (which starts at ``start`` in the article),
    unless it is a company after "X of": then X, if X is a person ("Producer Ada Vale of Dun
    Reach, who said:" is Ada Vale's)."""
    if speaker.source not in (SourceKind.PERSON, SourceKind.ORGANISATION):
        return speaker
    return _person_of(resolver, pre, name_at, speaker, end=len(pre), start=start)


def _person_of(
    resolver: Resolver, text: str, name_at: int, speaker: Speaker, *, end: int, start: int
) -> Speaker:
    """``speaker``, named at ``name_at`` in ``text`` (which starts at ``start`` in the article;
    what is said runs to ``end``), unless "X of" comes right before: then X, if X is a person
    other than ``speaker``."""
    head = _EMPLOYED.search(text, 0, name_at)
    if head is None:
        return speaker
    said = text[head.start("person") : end].strip(" ,:")
    person = resolver.who(head["person"], start + head.start("person"), said)
    if person is None or person.source is not SourceKind.PERSON or person.name == speaker.name:
        return speaker
    return person
