"""A later clause, named by a name the clause finder does not take, that introduces the words.

"Ada Vale has said there will be no more, and Channel 4 has confirmed it, calling the show
“...”": the participle belongs to the nearest clause, whose subject ("Channel 4", a name with a
number the general subject finder leaves alone) says the words, not the earlier sayer. The
clause's capitalised subject is resolved as a speaker; if it resolves to no one, the words are
no one's rather than the first sayer's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker

_LATER_CLAUSE = lazy_pattern(
    r",?[ ](?:and|but|while|whereas)[ ]"
    r"(?P<name>[A-Z][\w’'&-]*(?:[ ](?:[A-Z][\w’'&-]*|\d{1,2})){0,3})"
    r"[ ](?:has[ ]|have[ ]|had[ ])?(?:[a-z]+ly[ ])?[a-z]+ed\b"
)
"""", and Channel 4 has confirmed", " but Lumen quickly denied": a joined clause, its own
capitalised subject and its past-tense verb."""


def later_clause_sayer(
    resolver: Resolver, pre: str, end: int, base: int, speaker: Speaker
) -> Speaker | None:
    """The subject of the last joined clause after ``speaker``'s attribution ending at ``end``
    (None when there is none); no one when that subject names no one we can place."""
    clauses = list(_LATER_CLAUSE.finditer(pre, end))
    if not clauses:
        return None
    found = clauses[-1]
    sayer = resolver.who(found["name"], base + found.start("name"), "")
    if sayer is None or not sayer.name:
        return replace(speaker, name="", source=SourceKind.UNATTRIBUTED, attribution="")
    return replace(sayer, attribution=found.group().strip(" ,"))
