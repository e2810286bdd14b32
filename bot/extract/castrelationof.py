"""A new part described by its relation to a named one: "joins as a friend of Mira's", "will
appear as the younger sister of Ansel Pike", "boards as a classmate of Mira Holt". The name
after "<relation> of" is whose friend or sister the part is, never the part the actor plays,
so the "as" casting that reads it as the part is dropped."""

from __future__ import annotations

from bot.extract.lexicon import RELATION
from bot.lazy_patterns import lazy_pattern

_RELATION_OF = lazy_pattern(
    rf"\b(?:a|an|the|one)[ ](?:[a-z][\w-]*[ ]){{0,3}}{RELATION}s?[ ]of[ ]"
    r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}$"
)
_REACH = 80
"""How far back from the part's end the relation can start."""


def relation_of_part(chunk: str, start: int, end: int) -> bool:
    """Whether the casting over ``start``..``end`` of ``chunk`` names its part only as the one
    whose relation the actor plays ("as a friend of Mira")."""
    if " of " not in chunk[start:end]:
        return False
    return _RELATION_OF.search(chunk, max(start, end - _REACH), end) is not None
