"""A person's credit that names no person: a part, a work, or a company.

Whatever rule found it, a quote credited to a "person" whose name is a part the cast plays ("He
laughed" read as Nell Hart, the part the voice actor dubs) or a work's title ("he says" read as
the film "Tidewater" named before) is no one's voice we can stand behind: the words are
unattributed. So is one credited to a "person" who is a channel or streamer named whole ("a
company statement said" read as the person "Vela", a streamer): the search that took a company
for a person found no one we can stand behind, the company included. An actor who plays
themselves ("Ada Vale as herself") keeps the credit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.lexicon import CHANNEL_MENTION
from bot.facts import QuoteFact, SourceKind

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver


def person_or_none(resolver: Resolver, fact: QuoteFact) -> QuoteFact:
    """``fact`` unattributed when its person is a part, a title or a channel; else unchanged."""
    if fact.source is not SourceKind.PERSON or not fact.speaker:
        return fact
    name = fact.speaker
    if any(c.actor == name for c in resolver.cast):
        return fact
    if name in resolver._characters or CHANNEL_MENTION.fullmatch(name):  # parts, titles
        return fact.unattributed()
    return fact
