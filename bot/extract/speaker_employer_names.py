"""A person named with the company they work for: "Producer Ada Vale of Dun Reach said".

The attribution pattern reads the name nearest the speech verb, which here is the employer (a
company the article may never name again, so it is not known as one). A full name joined to it
by "of" (a place-of-work phrase, maybe with "Leeds-based" before the company) is who speaks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME
from bot.facts import SourceKind

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker

_EMPLOYED = lazy_pattern(rf"(?P<person>{NAME})[ ]of[ ](?:[A-Z][\w’'-]*-based[ ])?$")
"""The person, "of" and maybe a base ("Fenland-based"), ending where the employer begins."""


def employee(
    resolver: Resolver, match: re.Match[str], offset: int, speaker: Speaker | None
) -> Speaker | None:
    """``speaker``, found by ``match`` (at ``offset`` in the article), unless that is an employer
    after "X of": then X, if X is a person."""
    if (
        speaker is None
        or speaker.source is not SourceKind.PERSON
        or not match.groupdict().get("name")
    ):
        return speaker
    start = offset - match.start()  # where match.string starts in the article
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
