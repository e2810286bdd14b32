"""Words a relative clause introduces: "She handed over to X, who said: “...”" are X's (the
name the clause hangs on), never the sentence subject's. A live blog or a report of an event
passes the floor this way from one speaker to the next."""

from __future__ import annotations

import re

from bot.extract.attribution import who_before
from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.speakers import Resolver, Speaker
from bot.facts import SourceKind

_WHO_SAYS = re.compile(
    rf",[ ]who[ ](?:then[ ]|later[ ]|also[ ]|simply[ ])?{SPEECH_VERBS}(?:[ ][a-z]+){{0,3}}?"
    r"[ ]*:[ ]*$"
)


def relative_sayer(resolver: Resolver, pre: str, start: int) -> Speaker | None:
    """The speaker of a quote after "X, who said:" (``pre`` starts at ``start``): X, or no one
    when X names no one we can place; None when the clause is not there."""
    if ", who " not in pre:
        return None
    clause = _WHO_SAYS.search(pre)
    if clause is None:
        return None
    named = who_before(pre, clause.start() + len(", who "))
    if named is None:
        return None
    found = resolver.who(named["name"], start + named.start(), pre[named.start() :].strip(" :"))
    if found is None or found.source is SourceKind.UNATTRIBUTED:
        return Speaker("", SourceKind.UNATTRIBUTED, "")
    return found
