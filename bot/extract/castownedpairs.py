"""Two actors' possessive over two parts, for :mod:`bot.extract.castowned`: "Ada Vale and Tom
Reed's Mira and Gus are mostly comic relief" reads respectively, Ada Vale as Mira and Tom Reed
as Gus; the second actor does not own the first part. "Ada Vale's Mira and Tom Reed's Gus bicker
over ..." pairs two possessives: the second is read as the first is, whatever word follows it.
"""

from __future__ import annotations

import re

from bot.extract.castforms import Casting
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import FULL_NAME, TOKEN

_OWNED_PAIR = lazy_pattern(
    rf"(?<![Bb]y[ ])(?P<first>{FULL_NAME})[ ](?:and|&)[ ](?P<second>{FULL_NAME})[’']s?[ ]"
    rf"(?P<one>{TOKEN})[ ](?:and|&)[ ](?P<other>{TOKEN})(?=[ ](?!in[ ])[a-z]|[,.;])"
)
""""A and B's P and Q" (not "in": another work's parts), each a one-word name."""


def owned_pairs(chunk: str, evidence: str, offset: int) -> tuple[list[Casting], list[int]]:
    """The respective castings of each "A and B's P and Q", and where each such stretch's
    second owner starts (a single possessive read there is no casting)."""
    found, owners = list[Casting](), list[int]()
    if " and " not in chunk and " & " not in chunk:
        return found, owners
    for match in _OWNED_PAIR.finditer(chunk):
        owners.append(match.start("second"))
        if any(match[g] in STOP_TOKENS for g in ("one", "other")):
            continue
        start, end = offset + match.start(), offset + match.end()
        for actor, part in (("first", "one"), ("second", "other")):
            found.append(Casting(match[actor], match[part], evidence, start, end=end))
    return found, owners


_SECOND_OWNED = lazy_pattern(
    rf"(?<![Bb]y[ ])(?P<actor>{FULL_NAME})[’']s[ ](?P<char>{TOKEN})(?=[ ](?!in[ ])[a-z]|[,.;])"
)
_FIRST_OWNED = lazy_pattern(rf"{FULL_NAME}[’']s[ ](?P<part>{TOKEN})[ ](?:and|&)[ ]$")
"""The first of two possessives just before the second: "Ada Vale's Mira and "."""


def second_owned(chunk: str) -> list[tuple[re.Match[str], int, str]]:
    """Each "B's Q" after "A's P and ", with where "A's P" starts and its part P: the second is
    a casting only when the first is one."""
    found = list[tuple[re.Match[str], int, str]]()
    if chunk.count("s ") < 2:
        return found
    for match in _SECOND_OWNED.finditer(chunk):
        window = max(match.start() - 80, 0)
        first = _FIRST_OWNED.search(chunk, window, match.start())
        if first is not None:
            found.append((match, first.start(), first["part"]))
    return found
