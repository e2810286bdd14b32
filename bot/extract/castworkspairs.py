"""A pair of actors apposed to the work's pair of parts, for :mod:`bot.extract.castasides`.

"Ada Vale and Tom Reed, the film's Mira and Kit, ..." pairs the names in order, as "the film's
Mira" does for one actor ("Ada Vale, the film's Mira"). Only two full names and two parts, the
apposition right after the second name's comma, closed by a comma or the sentence's end.
"""

from __future__ import annotations

from bot.extract.castforms import CHAR, Casting
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import FULL_NAME, clean_character
from bot.extract.people import clean_name
from bot.lazy_patterns import lazy_pattern

_WORKS_PAIR = lazy_pattern(
    rf"(?P<first>{FULL_NAME})[ ]and[ ](?P<second>{FULL_NAME}),[ ]the[ ]"
    r"(?:film|movie|show|series|sequel)[’']s?[ ]"
    rf"(?P<one>{CHAR})[ ]and[ ](?P<two>{CHAR})(?=[,;]|[.!]?$)"
)
"""Two actors, then "the film's", then their two parts in the same order."""


def works_pairs(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """The castings of each "A and B, the film's X and Y" in ``chunk`` (only in one holding
    ", the " and a possessive, as every match does: the pattern is tried at every capital)."""
    if ", the " not in chunk:
        return []
    if "’s " not in chunk and "'s " not in chunk and "s’ " not in chunk and "s' " not in chunk:
        return []
    found: list[Casting] = []
    for match in _WORKS_PAIR.finditer(chunk):
        actors, parts = (match["first"], match["second"]), (match["one"], match["two"])
        if not all(clean_name(a) for a in actors):
            continue
        if any(clean_character(p) != p or p.split()[0] in STOP_TOKENS for p in parts):
            continue
        start, end = offset + match.start(), offset + match.end()
        found.extend(
            Casting(a, p, evidence, start, end=end) for a, p in zip(actors, parts, strict=True)
        )
    return found
