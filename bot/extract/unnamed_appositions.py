"""An unnamed source the same sentence names in apposition is that person.

"“...,” said one of the organisers, student Ada Vale, 20." and "One audience member, retired
teacher Ada Vale from Clifden, summed up: “...”" label a speaker, then name them: the words are
the named person's, not an unnamed "one of the organisers". Only a full name the article
knows as a person, set off by commas straight after the label (perhaps after a job in lower
case), counts; one such name in the sentence, or none is taken. The words before the name are
a job only: a function word or a participle there ("a friend of Ada Vale", "who worked with Ada
Vale", "thanking Ada Vale") tells of someone else beside the speaker, not the speaker's name.
A member of the public is often named by a first name alone, with an age or a home town ("One
reader, Ada from Hull, wrote in", "One young fan, Ada, 15, from Hull, said"): the age or the town
marks that one word as the speaker's name, so the words are not an unnamed "one reader"'s; a
first name alone is no one the bot can name either, so the quote is held.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.extract.held_continuations import FIRST_NAME_DOUBT
from bot.extract.names import NAME
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_NOT_JOB = (
    r"(?:a|an|the|of|with|who|whom|whose|which|that|unlike|like|beside|besides|alongside|near|"
    r"next|for|by|from|and|or|but|than|as|at|in|on|to|into|about|after|before|behind|between|"
    r"among|including|except|via|his|her|their|its|our|my|your|[a-z]+ing)"
)
"""Words that tell someone else beside the speaker, never a job before the speaker's name."""
_APPOSED = lazy_pattern(
    r"\b(?:[Oo]ne|[Aa]nother|[Aa]n?)[ ](?:of[ ]the[ ])?[a-z]+(?:[ ][a-z]+)?,[ ]"
    rf"(?:(?!{_NOT_JOB}[ ])[a-z]+[ ]){{0,3}}(?P<name>{NAME})"
    r"(?P<tail>(?:,[ ]\d{1,3})?(?:,?[ ]from[ ][A-Z][\w’'-]+)?)"
    r"(?=[,.])"
)
"""A label of one unnamed, then a name in apposition: "one of the organisers, student Ada Vale"."""


def apposed_unnamed(
    doc: Doc, quote: Quote, fact: QuoteFact, resolve: Callable[[str], str | None]
) -> QuoteFact | None:
    """``fact``, an unnamed source's, credited to the one person its label is set beside (held
    for a first name only; the speaker step may already have left such a fact unattributed)."""
    if fact.source not in (SourceKind.UNNAMED, SourceKind.UNATTRIBUTED):
        return None
    sentence = doc.sentence_at(quote.start)
    found = {
        (m["name"], bool(m["tail"]))
        for m in _APPOSED.finditer(doc.masked, sentence.start, sentence.end)
    }
    if len(found) != 1:
        return None
    name, placed = found.pop()
    if " " not in name:  # "One reader, Ada from Hull,": a first name only, marked by its town
        return held(fact, FIRST_NAME_DOUBT) if placed else None
    person = resolve(name) if fact.source is SourceKind.UNNAMED else None
    return replace(fact, speaker=person, source=SourceKind.PERSON) if person else None
