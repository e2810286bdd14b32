"""A line in footage spoken by a first name alone, no actor's nor crew member's: the part's.

A panel report or a trailer round-up retells what a clip shows in the present: "the clip had
the pair dancing while Wren shouts, “...”". Outlets name the people they quote in full and then
by surname; a bare first name in the story's present is how they name a part. When the sentence
is about the footage (see :func:`bot.extract.footage_lines.footage_line`), the words are credited
by a first name alone and a verb in the present, and no actor or crew member on the page goes by
that first name, the words are the work's: held, whoever the name was taken for. "In the clip,
Kit says “...”" with a Kit in the cast stays that actor's.
"""

from __future__ import annotations

from bot.extract.footage_lines import footage_line
from bot.extract.part_lines import held_line
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_GIVEN_SAYS = lazy_pattern(r"(?P<name>[A-Z][\w’'-]+)[ ](?:[a-z]+ly[ ])?[a-z]{3,}s")
"""The whole attribution: one capitalised name and a verb in the present ("Wren shouts")."""


def held_if_given_name_in_footage(
    doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact
) -> QuoteFact:
    """``fact`` held when a first name alone speaks in the present in footage (see above)."""
    if not fact.served or fact.continues_previous or fact.source is not SourceKind.PERSON:
        return fact  # "Apple confirms “...”" in a trailer round-up is the company's
    said = _GIVEN_SAYS.fullmatch(fact.attribution)
    if said is None or not fact.speaker.startswith(f"{said['name']} "):
        return fact
    names = [c.actor for c in resolver.cast] + [c.name for c in resolver.crew]
    if any(name.split()[0] == said["name"] for name in names if name):
        return fact
    return held_line(fact) if footage_line(doc, quote) else fact
