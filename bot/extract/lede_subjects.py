"""The person a profile is about when its headline names no one: the lede's subject.

A profile's headline may quote its subject without naming them ("‘I built it from birdsong’:
meet the composer behind Low Orchard"); the lede above it then opens on them ("Composer Ida
Berg built the score for ..."). That person is the piece's subject, as a headline's name would
be, for a "he says" that found someone else with nothing to show the pronoun is theirs, and
never quoted by name before ("“...,” Ada Vale says." makes Vale a voice of the piece too).
"""

from __future__ import annotations

import re

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.names import FULL_NAME, NAME_RE
from bot.extract.people import People, clean_name
from bot.extract.text import Doc
from bot.lazy_patterns import cached_pattern, lazy_pattern

_LEDE_SUBJECT = lazy_pattern(rf"(?P<name>{FULL_NAME})[ ][a-z]+\b")
"""A lede that opens on its subject and its verb ("Composer Ida Berg built", "Ida Berg has
spent"): a job before the name, at most."""


def lede_subject(doc: Doc, people: People) -> str | None:
    """The known person the lede above the headline opens on, if the headline names no one."""
    if not doc.title_para or not doc.paras:
        return None
    lede = doc.paras[0]
    match = _LEDE_SUBJECT.match(doc.text, lede.start, lede.end)
    if match is None:
        return None
    title = doc.paras[doc.title_para]
    if any(_known(people, m.group()) for m in NAME_RE.finditer(doc.text, title.start, title.end)):
        return None  # the headline names someone: theirs is the piece (or no one's)
    words = clean_name(match["name"]).split()
    for name in (" ".join(words), " ".join(words[1:])):  # "Composer Ida Berg": Ida Berg
        found = _known(people, name) if " " in name else None
        if found is not None:
            return found
    return None


def _known(people: People, mention: str) -> str | None:
    found = people.resolve(mention)
    return found if found is not None and people.knows(found) else None


def quoted_by_name(doc: Doc, name: str, offset: int) -> bool:
    """``name`` (in full or by surname) before a speech verb, before ``offset``."""
    if name.rsplit(" ", 1)[-1] not in doc.text[:offset]:
        return False  # the surname first: a pattern is built (and cached) for every name
    said = rf"\b(?:{re.escape(name)}|{re.escape(name.rsplit(' ', 1)[-1])})[ ]{SPEECH_VERBS}\b"
    return cached_pattern(said).search(doc.text[:offset]) is not None
