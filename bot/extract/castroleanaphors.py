"""Parts in a sentence that looks back to a role in another work, for
:mod:`bot.extract.castrivalparts`.

A profile tells a past turn, then goes on about it by "the role" alone: "In 2021 she joined
‘Brindle Cove’ as Wren Abbot. The role put her opposite Gus Morrow and Fenella Drake’s Warden"
or "Before Lumen, Vale starred in “The Quillon Year” as Joss. That part had her trading blows with
Marek Solt’s Baron". The partner's part there is that other work's, so it is held unless the
sentence names the article's own work again.
"""

from __future__ import annotations

from itertools import pairwise

from bot.extract.castturns import names_known
from bot.extract.context import Context
from bot.extract.names import NAME
from bot.extract.text import Doc
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

_LOOKS_BACK = lazy_pattern(
    r"^(?:The|That|This|Her|His|Their)[ ](?:role|part|character|turn|casting|gig)[ ]"
)
"""A sentence opening on the part the sentence before told: "The role put her ..."."""
_PART_IN_WORK = lazy_pattern(
    rf"\b(?:joined|joining|starred[ ]in|starring[ ]in|appeared[ ]in|played[ ]in|in)[ ]"
    rf"(?:the[ ])?[“\"‘'](?P<work>{NAME})[”\"’']?,?[ ](?:as|playing)[ ]"
)
"""A turn set in a work its title names in quotation marks: "joined ‘Lumen’ as Mira"."""


def held_role_anaphors(cast: list[CastFact], context: Context, doc: Doc) -> list[CastFact]:
    """``cast`` with each casting held that a sentence looking back to another work's role
    gives by its actor's possessive ("Ada Vale’s Mira")."""
    if not cast:
        return cast
    looked: set[str] = set()
    for before, view in pairwise(doc.views):
        if before.span.para != view.span.para or not _LOOKS_BACK.match(view.chunk):
            continue
        told = doc.text[before.span.start : before.span.end]
        works = [m["work"] for m in _PART_IN_WORK.finditer(told)]
        if works and not names_known(works[-1], context) and not names_known(view.chunk, context):
            looked.add(doc.text[view.span.start : view.span.end].strip())
    return [_held(f) if f.evidence in looked and _owned(f) else f for f in cast]


def _owned(fact: CastFact) -> bool:
    return any(f"{fact.actor}{mark}s {fact.character}" in fact.evidence for mark in "’'")


def _held(fact: CastFact) -> CastFact:
    return held(fact, "a part in a sentence looking back to another work's role")
