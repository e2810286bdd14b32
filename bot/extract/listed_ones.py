"""A lone "one" set after a comma stands for one of the things just named, not someone.

"Ada Vale has been posting clips of the score, one captioned ‘...’": the "one" is a clip, and
the caption is the poster's, whom the words do not name as its speaker; an unnamed "one" there
is no one. A "one" with its own noun ("one fan said") or opening its sentence ("One said")
keeps the words.
"""

from __future__ import annotations

from bot.extract.text import Doc
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_LONE_ONE = lazy_pattern(r"one[ ][a-z]+")
"""An attribution of a lone lowercase "one" and its verb: "one captioned", "one read"."""


def listed_ones_unsaid(doc: Doc, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each quote credited to an unnamed "one" set after a comma, left to no one."""
    return [
        fact.unattributed()
        if fact.source is SourceKind.UNNAMED
        and _LONE_ONE.fullmatch(fact.attribution) is not None
        and f", {fact.attribution}" in doc.masked
        else fact
        for fact in quotes
    ]
