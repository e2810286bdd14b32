"""A title told with the contraction "It's called X." (the plain cues read "it is called"). The
contraction is as often a chat's, a song's or a joke's name ("It's called 'Gull Lantern'", "It's
called Always for a reason"), so it names the article's own work only where the name ends its
clause, is no "if" ("if it's called X I'll riot") and every word of it is one the headline or the
article's own title carries."""

from __future__ import annotations

import re

from bot.extract.context import TITLE_WORDS, Context
from bot.lazy_patterns import lazy_pattern

_CONTRACTED = lazy_pattern(
    r"(?<![\w’'-])(?<![Ii]f[ ])(?<![Bb]ecause[ ])[Ii]t[’']s[ ](?:officially[ ])?"
    rf"(?:called|titled|named)[ ](?P<title>{TITLE_WORDS})(?=[.,;!?]|[ ][–—][ ]|[ ]*$)"
)
"""The contraction, its name ending the clause: "It's called Osier Kites, and it ..."."""


def contracted_titles(text: str, context: Context) -> list[re.Match[str]]:
    """Each "It's called X" in ``text`` whose X is the article's own work by its words."""
    return [
        match
        for match in _CONTRACTED.finditer(text)
        if not match["title"].isupper()
        and all(_carried(word.rstrip(":"), context) for word in match["title"].split())
    ]


def _carried(word: str, context: Context) -> bool:
    """A small word ("of") needs no carrier; a capitalised one is in the headline or ours."""
    return word.islower() or word in context.headline or word in context.ours
