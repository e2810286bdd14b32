"""A speaker named after a role some body holds, for :mod:`bot.extract.quote_facts`: "“...,” said
the festival’s artistic director, Ada Vale, who ..." is Vale's; the body ("the festival") only
says whose director she is, and is never the speaker, nor the company named last before it."""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.names import NAME
from bot.extract.speaker_antecedents import Speaker
from bot.extract.speakers import Resolver
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_POSSESSED_ROLE = lazy_pattern(
    rf"^[,.!?]?[ ]*(?P<verb>{SPEECH_VERBS})[ ](?P<role>the[ ][a-z][\w-]*[’']s[ ]"
    rf"(?:[a-z][\w-]*[ ]){{0,3}}[a-z][\w-]*),[ ](?P<name>{NAME})(?=[,.;]|$)"
)
"""", said the festival’s artistic director, Ada Vale,": verb, a body's role, the holder."""


def role_holder(resolver: Resolver, post: str, offset: int) -> Speaker | None:
    """The person named after a body's role in the attribution, or None."""
    if "’s " not in post and "'s " not in post:
        return None
    match = _POSSESSED_ROLE.match(post)
    if match is None:
        return None
    attribution = f"{match['verb']} {match['role']}, {match['name']}"
    named = resolver.who(match["name"], offset, attribution)
    return named if named is not None and named.source is SourceKind.PERSON else None
