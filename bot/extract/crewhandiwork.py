"""Crew named by their own piece of the film, for :mod:`bot.extract.crewlisted`: a score the
subject "has written" ("Nell Arden has written a score that is all brass"), a camera crew's
lighting ("Lars Holm lit it like a painting") and a lone producer given with the company
("Tamsin Reul of Kestrel Pictures produced."); an edit owned by a full name is read
by :mod:`bot.extract.crewedits`. Each shape needs the full name and the craft's own
words: a score written "for" another title, "lit a candle", or a bare "X produced." with no
company say nothing of this film's crew. Also the writer who adapts their own books ("written by
Tamsin Reul and adapted from her own novels", "... and adapted from the later volumes of her
novels"), a film's photography "by" a name ("The grainy photography, all fog, is by Lars Holm")
and a crew member put to the one asked ("That's Lars Holm, your cinematographer")."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewasides import BOOK_NOUN
from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import FULL_NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_SCORE_WRITTEN = lazy_pattern(
    rf"(?:^|(?<=[,;] )|(?<=\band ))(?P<name>{FULL_NAME})[ ](?:has|have)[ ](?:written|composed)"
    r"[ ](?:a|the)[ ](?:[a-z-]+[ ])?score\b(?![ ](?:for|to|of[ ](?:another|his|her|their)))"
)
_LIT = lazy_pattern(
    rf"(?:^|(?<=[,;] )|(?<=\band ))(?P<name>{FULL_NAME})[ ]lit[ ](?:it|them|the[ ]film|"
    r"every[ ]scene|each[ ]scene)[ ](?:almost[ ]|so[ ])?(?:like|as)\b"
)
_PRODUCED_OF = lazy_pattern(
    rf"(?P<name>{FULL_NAME})[ ]of[ ](?P<org>(?:[A-Z][\w’'-]*[ ]){{0,3}}"
    r"(?:Films|Pictures|Productions|Studios|Entertainment|Media|Television|TV))[ ]produced[.!]?$"
)

_ADAPTED_OWN = lazy_pattern(
    rf"\bwritten[ ]by[ ](?:(?:series[ ])?creator[ ])?(?P<name>{FULL_NAME})[ ]and[ ]adapted[ ]"
    r"from[ ](?:(?:his|her|their)[ ]own|the[ ](?:[a-z]+[ ]){1,2}?(?:volumes?|books?|instalments?|"
    rf"parts?)[ ]of[ ](?:his|her|their)(?:[ ]own)?)[ ](?:[a-z-]+[ ])?{BOOK_NOUN}"
)
_PHOTOGRAPHY_BY = lazy_pattern(
    r"^The[ ](?:[a-z-]+[ ]){0,2}photography(?:,[ ][^,]{1,60},)?[ ]is[ ]by[ ]"
    rf"(?P<name>{FULL_NAME})(?=[,.;]|$|[ ]and\b)"
)
_YOUR_ROLE = lazy_pattern(
    rf"(?P<name>{FULL_NAME}),[ ](?:your|his|her|their)[ ](?P<role>cinematographer|composer|"
    r"director[ ]of[ ]photography)(?=[.?!]|$)"
)


def handiwork_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The full name credited by the score, edit or lighting the sentence gives them."""
    if " score" in chunk:
        yield from ((m["name"], CrewRole.COMPOSER) for m in _SCORE_WRITTEN.finditer(chunk))
    if " lit " in chunk:
        yield from ((m["name"], CrewRole.CINEMATOGRAPHER) for m in _LIT.finditer(chunk))
    if chunk.rstrip(".! ").endswith(" produced"):
        match = _PRODUCED_OF.match(chunk.strip())
        if match is not None:
            yield match["name"], CrewRole.PRODUCER
    if "adapted from " in chunk and (" own " in chunk or " of " in chunk):
        yield from ((m["name"], CrewRole.AUTHOR) for m in _ADAPTED_OWN.finditer(chunk))
    if "photography" in chunk:
        match = _PHOTOGRAPHY_BY.match(chunk.strip())
        if match is not None:
            yield match["name"], CrewRole.CINEMATOGRAPHER
    if ", your " in chunk or ", his " in chunk or ", her " in chunk or ", their " in chunk:
        yield from ((m["name"], CREW_WORDS[m["role"]]) for m in _YOUR_ROLE.finditer(chunk))
