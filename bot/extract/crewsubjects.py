"""A passive credit whose subject is another work's title: "The Long Hour is produced by X" at
the end of a podcast's or newsletter's notes credits that show's producer, not the production
the article is about (a title opening with an article, no word of which is the article's own
title or in its headline). The credit is dropped after the name is known as a person's.

So is one whose subject is a noun phrase glossed with another work's quoted title: "The film
she mentions, “Ciemny Port” (“Dark Port”), was directed by X", "Her last feature “Reedwater”
was produced by Y" (invented examples). So is a title that starred its players: "Garrowby Light, for
the record, starred A and B and was written by X"."""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.extract.crewsubjectasides import subject_work_credit
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_TITLE_SUBJECT = lazy_pattern(
    r"^[“\"‘]?(?P<title>(?:The|A|An)[ ][A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and)){0,5})"
    r"[”\"’]?[ ](?:is|was|are|were)[ ](?:also[ ])?[a-z-]+ed[ ]by[ ]"
)
_GLOSSED_SUBJECT = lazy_pattern(
    r"^(?:The|This|That|His|Her|Their|Its|My|Our|A|An)(?:[ ][a-z][\w’'-]*){1,5},?[ ]"
    r"[“\"‘](?P<title>[A-Z][^”\"’]{0,60})[”\"’](?:[ ]\([^()]{1,60}\))?,?[ ]"
    r"(?:is|was|are|were)[ ](?:also[ ])?[a-z-]+[ ]by[ ]"
)

_STARRING_SUBJECT = lazy_pattern(
    r"^(?P<title>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and)){0,4}),?"
    r"(?:[ ][a-z][^,;:.]{0,30},)?[ ](?:starred|co-starred|featured|stars|co-stars|features)[ ]"
    r"(?!in\b)[A-Z][^;:.]{0,80}?"
    r"[ ]and[ ](?:was|is)[ ](?:also[ ])?[a-z-]+(?:ed|en)[ ]by[ ]"
)
"""A title that starred its players and was made by the person: "Garrowby Light, for the record,
starred A and B and was written by X", "Garrowby Light stars A as B and was created by X" (a person
stars *in* a work; a work stars people)."""


def other_title_subject(fact: CrewFact, context: Context) -> bool:
    """Whether the credit's sentence is "<another title> is <participle> by <the person>", the
    title maybe quoted after a noun phrase it glosses, or "<another title>, directed by <the
    person>" (:mod:`.crewsubjectasides`)."""
    if not (context.ours or context.headline):
        return False  # with the article's own title unknown, the title may well be its own
    if subject_work_credit(fact, context):
        return True  # "Tin Lantern, directed by X, slips to third"
    found = (
        _TITLE_SUBJECT.match(fact.evidence)
        or _GLOSSED_SUBJECT.match(fact.evidence)
        or _STARRING_SUBJECT.match(fact.evidence)
    )
    return (
        found is not None
        and fact.evidence.startswith(fact.name, found.end())
        and not ours(found["title"], context)
    )
