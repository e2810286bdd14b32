"""A handle that spells, letter for letter, the name of a person the article names is theirs.

"Ada Vale, who wrote the book, posted on X. @AdaVale: “...”" and "@ada_vale wrote: “...”" are
Ada Vale's words, not an organisation's. Only a whole-name match counts ("@adavalefans" is a fan
account), and only one person may match.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.people import People
from bot.facts import QuoteFact, SourceKind


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalpha())


def handle_owner(people: People, fact: QuoteFact) -> QuoteFact | None:
    """``fact``, credited to an ``@handle``, credited instead to the one person it spells."""
    handle = _letters(fact.speaker[1:])
    if len(handle) < 6:
        return None
    found = {name for name in people.ordered() if " " in name and _letters(name) == handle}
    if len(found) != 1:
        return None
    return replace(fact, speaker=found.pop(), source=SourceKind.PERSON)
