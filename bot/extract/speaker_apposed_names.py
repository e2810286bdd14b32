"""An unnamed someone named at once beside its label, for :mod:`bot.extract.speakers`: "One,
Ada Vale, 16, from Kelby, said" and "One fan, Ada Vale, 17, came" are Ada Vale's words, never
an unnamed source's; "One fan, Ada, 17, said" names no one we can place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.speaker_antecedents import Speaker
from bot.extract.unnamed_apposed import named_beside
from bot.facts import SourceKind

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver

_RELATIVE = lazy_pattern(r"(?:[ ][a-z-]+){0,2},[ ](?:who|whose|whom|which)\b")
"""A relative clause after the label ("a rep for the star, who plays Darcy, said"): it tells of
the one the label hangs on; a name in it is no one set beside the sayer."""


def apposed_person(resolver: Resolver, speaker: Speaker, end: int) -> Speaker:
    """``speaker`` (its label ending at ``end``) as the person named beside it, if any: the
    full name's person, or no one for a first name alone; else ``speaker`` itself."""
    if speaker.source is not SourceKind.UNNAMED:
        return speaker
    beside = named_beside(resolver.doc.masked, end)
    if beside is None or _RELATIVE.match(resolver.doc.masked, end):
        return speaker
    person = resolver.named(beside) if beside else None
    name = person.name if person and person.source is SourceKind.PERSON else ""
    kind = SourceKind.PERSON if name else SourceKind.UNATTRIBUTED
    return Speaker(name, kind, speaker.attribution)
