"""A second name and post chained onto a "with ... as" credit, for :mod:`bot.extract.crew`.

A credit line may add two people each with their own post: "produced by Lark Films, with A as
producer and B as executive producer" (invented) credits B as well as A. Only a post word after
"as" counts, so "and B as Nell" (a part) credits nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from bot.extract.names import NAME


@cache
def _and_as(role: str) -> re.Pattern[str]:
    return re.compile(rf"[ ]and[ ](?P<name>{NAME})[ ]as[ ](?:the[ ])?(?P<roles>(?i:{role}))s?\b")


def with_as_pairs(matches: Iterable[re.Match[str]], role: str) -> Iterator[re.Match[str]]:
    """Each "with A as <post>" match, then its chained "and B as <post>" when one follows."""
    for match in matches:
        yield match
        chained = _and_as(role).match(match.string, match.end())
        if chained is not None:
            yield chained
