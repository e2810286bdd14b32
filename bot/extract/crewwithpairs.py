"""A credit added on with "with ... as <post>", for :mod:`bot.extract.crew`.

A credit line may close on the people who hold a post: "produced by Lark Films, with A and B as
executive producers" (invented). A member of that list may carry the company they work for, as
in the other credit lists: "with A and Lark's B as executive producers" credits A and B, never
the company. A second name or list and post may be chained on: "with A as producer and B and C
as executive producers" credits B and C as well as A. Only a post word after "as" counts, so "and
B as Nell" (a part) credits nobody, and neither does "with A as the novelist" (a part of a
writer, in a work).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from bot.extract.crewowners import LISTED_OWNER
from bot.extract.names import NAME

_ONE = rf"(?:{LISTED_OWNER})?{NAME}"
_NAMES = (
    rf"(?P<names>{_ONE}(?:(?:,[ ]{_ONE}){{1,10}},?[ ](?:and|&)[ ]{_ONE}|[ ](?:and|&)[ ]{_ONE})?)"
)
"""One name or a list, each perhaps after its company; ", and" needs three or more names."""


_ARTICLE = r"(?:the[ ]|an[ ](?=exec))?"
"""The post's article: "as the composer", or "as an executive producer" (a post no part is
given; "as a producer" may cast a part, and is left out)."""


@cache
def _with_as(role: str) -> re.Pattern[str]:
    return re.compile(rf"\bwith[ ]{_NAMES}[ ]as[ ]{_ARTICLE}(?P<roles>(?i:{role}))s?\b")


@cache
def _and_as(role: str) -> re.Pattern[str]:
    return re.compile(rf"[ ]and[ ]{_NAMES}[ ]as[ ]{_ARTICLE}(?P<roles>(?i:{role}))s?\b")


_WRITER_AS_PART = ("novelist", "author", "poet", "playwright")
"""A writer of books named with "the" after "as": "with A as the novelist" casts A as a
novelist in some work (a part), where "with A as executive producer" credits a post."""


def _a_part(match: re.Match[str]) -> bool:
    """Whether the post is told as a part: "with Ida Marsh as the poet" (invented)."""
    return " as the " in match[0] and match["roles"].lower().startswith(_WRITER_AS_PART)


def with_as_pairs(chunk: str, role: str) -> Iterator[re.Match[str]]:
    """Each "with A as <post>" credit in ``chunk``, then its chained "and B as <post>"."""
    for match in _with_as(role).finditer(chunk):
        if _a_part(match):
            continue
        yield match
        chained = _and_as(role).match(chunk, match.end())
        if chained is not None:
            yield chained
