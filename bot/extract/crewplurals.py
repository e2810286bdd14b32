"""A plural role set before the names it credits, in apposition: "The writers, A and B, are
back", "Its executive producers, A, B and C, said ..." (an earlier run's or another work's,
"The first film's writers, A and B,", is not this production's, so no credit is taken); or
opening the sentence with no commas, the names its subject: "Writers A and B told the podcast
...", "The show's producers A and B said ..."."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import LIST_SPLIT, NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_PLURAL_APPOSED = lazy_pattern(
    r"(?:^|(?<=[ ]))(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)[ ](?:(?:film|movie|series|show)[’']s[ ])?"
    r"(?P<role>(?i:executive[ ]producers|producers|co-creators|creators|writers|screenwriters|"
    r"directors|composers)),[ ]"
    rf"(?P<names>{NAME}(?:,[ ]{NAME}){{0,6}},?[ ](?:and|&)[ ]{NAME}),(?![ ](?:of|for|on)[ ])"
)

_PLURAL_OPENING = lazy_pattern(
    r"[ ]*(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)[ ](?:(?:film|movie|series|show)[’']s[ ])?)?"
    r"(?P<role>(?i:executive[ ]producers|producers|co-creators|creators|writers|screenwriters|"
    r"directors|composers))[ ]"
    rf"(?P<names>{NAME}(?:,[ ]{NAME}){{0,6}},?[ ](?:and|&)[ ]{NAME})(?=[ ][a-z])"
)
"""The plural role opening the sentence, its names the subject of the verb that follows."""

_PLURALS = ("writers", "producers", "creators", "directors", "composers")
"""Every plural role above holds one of these words (a cheap test before the pattern)."""


def plural_apposed(chunk: str, lower: str) -> Iterator[tuple[str, CrewRole]]:
    """(name, role) for each name a plural role sets in apposition before them."""
    if " and " not in chunk or not any(word in lower for word in _PLURALS):
        return
    opening = _PLURAL_OPENING.match(chunk)
    apposed = _PLURAL_APPOSED.finditer(chunk) if "s, " in chunk else iter(())
    for match in [*([opening] if opening else []), *apposed]:
        role = CREW_WORDS[match["role"].lower()]
        yield from ((name, role) for name in LIST_SPLIT.split(match["names"]) if name)
