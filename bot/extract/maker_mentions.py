"""A person a sentence names only as a work's maker ("a film written by Ada Vale", "which began
under director Tom Reed", "a feature for Irish director Ida Berg"): a passing credit, not
someone the paragraph turns to. Inside a paragraph already about someone ("She is candid about
the past. The series, made under director Tom Reed, had a look of its own. “...,” she says."),
the pronoun after stays with that someone, not with the maker met in passing."""

from __future__ import annotations

from bot.extract.lexicon import CREW_POSTS
from bot.lazy_patterns import lazy_pattern

_MAKER_BEFORE = lazy_pattern(
    r"(?:\b[a-z]+(?:ed|en)[ ]by|\b(?:under|for)(?:[ ][A-Z][a-z]+)?[ ](?:[a-z-]+[ ]){0,2}?"
    rf"{CREW_POSTS})[ ]$"
)


def named_as_maker(chunk: str, name: str) -> bool:
    """Every mention of ``name`` in ``chunk`` follows a maker's phrase ("written by", "under
    director"), so the sentence credits them and says nothing of what they do now."""
    at, seen = chunk.find(name), False
    while at >= 0:
        if _MAKER_BEFORE.search(chunk, 0, at) is None:
            return False
        at, seen = chunk.find(name, at + len(name)), True
    return seen
