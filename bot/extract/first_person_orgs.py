"""Words in the first person singular credited to a one-word organisation.

A company speaks as "we" in a statement or a caption; "I can't stop smiling" is a person's. A
one-word name the organisation reading took for a company because it "confirmed" or "posted"
something (a fan forum's "Ada confirmed it on Instagram") may be a first name, so such words
are held for review rather than served as the company's; and where the article names one
person whose first name it is ("Written by Ada Vale." ... "Ada confirmed on Instagram: “...”"),
the words are that person's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.extract.interview_askers import FIRST_PERSON
from bot.extract.organisations import looks_like_company
from bot.facts import QuoteFact, SourceKind

if TYPE_CHECKING:
    from bot.extract.people import People

_FIRST_AND_LAST = 2


def bare_word_name(name: str) -> bool:
    """``name`` is one word with no handle's, acronym's or company's form ("Ada", not "@ada_fan",
    "u/ada", "BBC" or "Ada Films"): perhaps a person's first name."""
    return not (
        " " in name or name.startswith(("@", "u/")) or name.isupper() or looks_like_company(name)
    )


def one_voice(fact: QuoteFact) -> bool:
    """``fact``, an organisation's, is credited to one word (see :func:`bare_word_name`) and
    speaks as "I"; a handle ("@ada_fan") is a person's account, and speaks so."""
    return bare_word_name(fact.speaker) and FIRST_PERSON.search(fact.text) is not None


def first_named(fact: QuoteFact, people: People, text: str) -> QuoteFact | None:
    """``fact``, an organisation's, credited to one word that is the first name of the one
        person the article names so ("Ada" for "Ada Vale"), a word the article writes alone only
        once (a company's name recurs: "Lumen" and "Lumen UK"), as the subject of its own act ("Ada
    confirmed"): the person's words, else None."""
    if not bare_word_name(fact.speaker):
        return None
    person = people.resolve(fact.speaker, first_name=True)
    if person is None or person == fact.speaker or not people.knows(person):
        return None
    alone = re.findall(rf"\b{re.escape(fact.speaker)}\b(?![ ][A-Z])", text)
    if len(alone) != 1 or len(person.split()) != _FIRST_AND_LAST:
        return None
    if not re.match(rf"{re.escape(fact.speaker)}[ ][a-z]+ed\b", fact.attribution):
        return None  # not its own act ("the official Lumen account posted"): an account's
    return replace(fact, speaker=person, source=SourceKind.PERSON)
