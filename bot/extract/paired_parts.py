"""A first name joined by "and" to a part's is a part too ("It picks up Jessup and Wrenna as they
...": Wrenna is a character, even when no casting names her), so a pronoun after the story's
sentence never hands a quotation to her. Only a lone capitalised word is taken, never a full
name ("Jessup and Ada Vale" may be the part and an actor), and never an actor's first name."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.text import Doc
from bot.facts import CastFact

_PAIRED = lazy_pattern(
    r"(?<![\w’'-])(?P<one>[A-Z][a-z’'-]+)[ ]and[ ]"
    r"(?P<two>[A-Z][a-z’'-]+)(?![\w’'-]|[ ][A-Z])"
)
"""Two capitalised words joined by "and" ("Jessup and Wrenna"), the second no longer name's."""
_NAME_BEFORE = lazy_pattern(r"[A-Z][\w’'-]*[ ]$")
"""A capitalised word right before the first: "Ada Jessup and Wrenna" joins a full name."""


def paired_parts(characters: set[str], cast: tuple[CastFact, ...], doc: Doc) -> set[str]:
    """Each lone first name the article pairs by "and" with the first name of one of its
    ``characters`` (the parts it reads as cast or says someone plays)."""
    parts = {name.split()[0] for name in characters if name}
    actors = {word for fact in cast for word in fact.actor.split()}
    if not parts:
        return set()
    found: set[str] = set()
    for match in _PAIRED.finditer(doc.masked):
        if _NAME_BEFORE.search(doc.masked, max(0, match.start() - 40), match.start()):
            continue
        one, two = match["one"], match["two"]
        for part, other in ((one, two), (two, one)):
            if part in parts and part not in actors and other not in actors | parts:
                found.add(other)
    return found


__all__ = ["paired_parts"]
