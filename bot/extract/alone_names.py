"""First names an article (its quotes too) uses alone for someone, for :mod:`bot.extract.castowned`.

A story's people are written by first name once they are known: "Mira's bookshop", "Mira and
Tom are apart". A title's first word is not ("Little's ..." does not follow "Little Women"), so
an owned two-word name whose first word is used so is a person's, not a work's.
"""

from __future__ import annotations

from functools import lru_cache

from bot.lazy_patterns import lazy_pattern

_ALONE = lazy_pattern(
    r"(?<![\w’'-])(?P<given>[A-Z][a-z]{2,})"
    r"(?=[’']s[ ][a-z]|[ ]and[ ][A-Z][a-z]+(?![\w’'-]|[ ][A-Z])|[ ](?:is|was)[ ][a-z]{2,}ing\b)"
)
"""A capitalised word owning a plain noun ("Mira's bookshop"), paired by "and" with another
single name ("Mira and Tom") or doing something now ("Mira is driving": a title's first word
alone does nothing)."""
_CAPITAL_BEFORE = lazy_pattern(r"[A-Z][\w’'-]*[ ]$")


@lru_cache(maxsize=4)
def names_said_alone(body: str) -> frozenset[str]:
    """First names the body uses on their own: "Mira's ...", "Mira and Tom ..." (not the second
    word of a full name: "Ada Vale's Mira"). Cached: one article's owned castings may ask more
    than once, and most articles never ask."""
    return frozenset(
        m["given"]
        for m in _ALONE.finditer(body)
        if not _CAPITAL_BEFORE.search(body, max(m.start() - 30, 0), m.start())
    )
