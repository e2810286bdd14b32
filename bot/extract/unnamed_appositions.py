"""An unnamed source the same sentence names in apposition is that person.

"“...,” said one of the organisers, student Ada Vale, 20." and "One audience member, retired
teacher Ada Vale from Clifden, summed up: “...”" label a speaker, then name them: the words are
the named person's, not an unnamed "one of the organisers". Only a full name the article
knows as a person, set off by commas straight after the label (perhaps after a job in lower
case), counts; one such name in the sentence, or none is taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.extract.names import NAME
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind

_APPOSED = re.compile(
    r"\b(?:[Oo]ne|[Aa]nother|[Aa]n?)[ ](?:of[ ]the[ ])?[a-z]+(?:[ ][a-z]+)?,[ ]"
    rf"(?:[a-z]+[ ]){{0,3}}(?P<name>{NAME})(?:,[ ]\d{{1,3}})?(?:[ ]from[ ][A-Z][\w’'-]+)?"
    r"(?=[,.])"
)
"""A label of one unnamed, then a name in apposition: "one of the organisers, student Ada Vale"."""


def apposed_unnamed(
    doc: Doc, quote: Quote, fact: QuoteFact, resolve: Callable[[str], str | None]
) -> QuoteFact | None:
    """``fact``, an unnamed source's, credited to the one person its label is set beside."""
    if fact.source is not SourceKind.UNNAMED:
        return None
    sentence = doc.sentence_at(quote.start)
    names = {m["name"] for m in _APPOSED.finditer(doc.masked, sentence.start, sentence.end)}
    if len(names) != 1 or " " not in (name := names.pop()):
        return None
    person = resolve(name)
    return replace(fact, speaker=person, source=SourceKind.PERSON) if person else None
