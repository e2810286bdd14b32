"""Two actors' possessive over two parts, for :mod:`bot.extract.castowned`: "Ada Vale and Tom
Reed's Mira and Gus are mostly comic relief" reads respectively, Ada Vale as Mira and Tom Reed
as Gus; the second actor does not own the first part.
"""

from __future__ import annotations

from bot.extract.castforms import Casting
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import FULL_NAME, TOKEN
from bot.lazy_patterns import lazy_pattern

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
