"""A leaver named in a takeover, for :func:`bot.extract.extract_facts`: "Ada Vale takes over
the role of Mira Holt from Lena Moss, who left the show" makes Lena Moss Mira Holt's former
actor, when the article casts someone as that same part."""

from __future__ import annotations

from bot.extract.castforms import CHAR
from bot.extract.names import NAME
from bot.extract.people import People, is_full
from bot.extract.text import Doc
from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_TAKEOVER = lazy_pattern(
    r"\b(?:takes|took|taken|take|taking)[ ]over[ ]the[ ](?:role|part)[ ]of[ ]"
    rf"(?P<char>{CHAR})[ ]from[ ](?P<old>{NAME})(?=[,.;]|$)"
)
_HINTS = (" over the role of ", " over the part of ")


def took_over(doc: Doc, people: People, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each actor a takeover names as the one taken from made that part's former
    actor."""
    if not any(hint in doc.body for hint in _HINTS):
        return cast
    for view in doc.views:
        if not any(hint in view.chunk for hint in _HINTS):
            continue
        for match in _TAKEOVER.finditer(view.chunk):
            old = people.resolve(match["old"]) or match["old"]
            part = match["char"]
            if not is_full(old) or not any(f.character == part for f in cast):
                continue  # the part is cast here under that very name, or nothing is told
            evidence = doc.text[view.span.start : view.span.end].strip()
            kept = [f for f in cast if not (f.actor == old and f.character == part)]
            cast = [*kept, CastFact(old, part, evidence, status=CastStatus.FORMER)]
    return cast
