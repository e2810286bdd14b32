"""A part named in one sentence and its actor in the next, by pronoun, for
:mod:`bot.extract.cast`: "Viewers will meet Perpetua Voss, the town's new vet. She is played by
Edda Marlowe, ...".

The pronoun is the part only when the sentence before, in the same paragraph, writes exactly
one full name (leaving out the production's own words and names led by an acronym), that
name is described right after it (", the ..." or ", a ..."), and the article knows it as no
person's; anything else leaves the casting unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.castforms import Casting
from bot.extract.context import Context
from bot.extract.names import FULL_NAME
from bot.extract.people import People
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_PLAYED_BY_PRONOUN = lazy_pattern(
    r"[ “”\"‘’']*(?:He|She|They)[ ](?:is|are|will[ ]be|is[ ]being|is[ ]now)[ ]played[ ]by[ ]"
    rf"(?P<actor>{FULL_NAME})(?=[,.;]|[ ](?:and|who|in|on|with)\b|$)"
)
_FULL = lazy_pattern(FULL_NAME)
_ACRONYM_LED = lazy_pattern(r"[A-Z]{3,}[ ]")
_DESCRIBED_AFTER = lazy_pattern(r",[ ](?:the|a|an)[ ]")


def pronoun_parts(doc: Doc, people: People, context: Context) -> list[Casting]:
    """Each "She is played by X" whose pronoun the sentence before settles as a part."""
    found: list[Casting] = []
    if " played by " not in doc.body:
        return found
    for before, view, match in played_after(doc, " played by ", _PLAYED_BY_PRONOUN):
        names = [
            m
            for m in _FULL.finditer(before.chunk)
            if not context.is_ours(m.group()) and not _ACRONYM_LED.match(m.group())
        ]
        if len(names) != 1 or not _DESCRIBED_AFTER.match(before.chunk, names[0].end()):
            continue
        part = names[0].group()
        if people.knows(part) or people.resolve(part) not in (None, part):
            continue  # a person the article knows is no part
        found.append(told_across(doc, before, view, match, part))
    return found


def played_after(
    doc: Doc, cue: str, pattern: re.Pattern[str]
) -> Iterator[tuple[View, View, re.Match[str]]]:
    """Each sentence but the first that ``pattern`` matches from its start (``cue`` within its
    first 40 characters), with the sentence before it when that one is in the same paragraph."""
    for index, view in enumerate(doc.views):
        if index == 0 or cue not in view.chunk[:40]:
            continue
        match = pattern.match(view.chunk)
        before = doc.views[index - 1]
        if match is not None and before.span.para == view.span.para:
            yield before, view, match


def told_across(doc: Doc, before: View, view: View, match: re.Match[str], part: str) -> Casting:
    """The casting of ``part`` to the actor ``match`` names in ``view``, its evidence both
    sentences."""
    start = view.span.start
    evidence = doc.text[before.span.start : view.span.end].strip()
    return Casting(match["actor"], part, evidence, start, end=start + match.end())
