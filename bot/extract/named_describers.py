"""Words a named company or person is said to describe someone with: "a surveyor called Wren,
who Channel 4 describes as “...”", "the heist, which Lumen calls “...”".

The describer named between the relative pronoun and the verb owns the words: a company the
article shows as one, or a person it names in full; anyone else leaves them to no one.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.organisations import Organisations, looks_like_company
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_NAMED_DESCRIBER = lazy_pattern(
    r"\b(?:who|whom|which|that)[ ](?P<who>[A-Z][\w&+’'-]*(?:[ ](?:[A-Z][\w&+-]*|\d{1,2})){0,3})"
    r"[ ](?:describes|described|calls|called|bills|billed|dubs|dubbed)[ ]"
    r"(?:(?:her|him|them|it)[ ])?(?:as[ ])?[“\"‘']?$"
)
_REACH = 90
_NUMBERED_CHANNEL = lazy_pattern(r"(?:Channel|Network|Kanal|Canal)[ ]\d{1,2}")
"""A broadcaster named by its number ("Channel 4"): a company by its form."""


def named_describer(
    text: str, orgs: Organisations, start: int, fact: QuoteFact
) -> QuoteFact | None:
    """``fact`` (credited to no one) credited to the describer the clause before names."""
    before = text[max(start - _REACH, 0) : start]
    cue = "describe" in before or " call" in before or "bill" in before or "dub" in before
    if not cue:
        return None
    found = _NAMED_DESCRIBER.search(before)
    if found is None:
        return None
    clause = found.group().rstrip(" “\"‘'")
    who = found["who"]
    org = orgs.find(who)
    if org is None and (looks_like_company(who) or _NUMBERED_CHANNEL.fullmatch(who)):
        org = who
    if org is not None:
        return replace(fact, speaker=org, source=SourceKind.ORGANISATION, attribution=clause)
    person = orgs.people.resolve(found["who"])
    if person is None or " " not in person or not orgs.people.knows(person):
        return None
    return replace(fact, speaker=person, source=SourceKind.PERSON, attribution=clause)
