"""Another work's unquoted title told by its kind just before a passive credit, for
:mod:`bot.extract.crewmodifiers`.

Chart and trade copy names rival or earlier works without quotes, led by the kind of work:
"top spot went to horror sequel Copper Wren 2, directed by X", "the company made the
award-winning short Kettlewick, directed by X". The participle credits that title's maker; where
the title is the article's own (or its headline's) the caller keeps the credit. A title followed
by its kind ("Tidewater, a BBC thriller created by X") is left alone: a profile's own show is
told that way while the article's title is still unknown.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import GENRE_NOUNS, PART_LABELS
from bot.lazy_patterns import lazy_pattern

_KINDS = rf"(?:{GENRE_NOUNS}|sequel|prequel|remake|short|feature)"
"""The kind of work a lowercase word just before a title names ("sequel", "short")."""
_TITLE = (
    rf"(?!{PART_LABELS}\b)[A-Z][\w’'-]*"
    r"(?:[ ](?:[A-Z][\w’'-]*|\d+|of|the|and|at|in|on|a)){0,5}"
)
"""A title in capitals, never a season's or an episode's label ("the drama Series 2" is ours)."""

_CALLED = (
    r"(?:(?:[ ](?:for|from|on)[ ][A-Z][\w’'+-]*(?:[ ](?:[A-Z][\w’'+-]*|\d+)){0,2})?"
    r"[ ](?:called|titled|named))?"
)
"""A name-giving word between the kind and its title, maybe after the channel: "a thriller for
Sky called Copper Wren"."""
_KIND_BEFORE = lazy_pattern(rf"\b{_KINDS}{_CALLED}[ ](?P<title>{_TITLE}),[ ]$")
"""A title just after its kind, just before ", directed by": "horror sequel Copper Wren 2, ",
"a drama called Copper Wren, "."""
_KIND_STARRING = lazy_pattern(
    rf"\b{_KINDS}(?:{_CALLED}|,)[ ](?P<title>{_TITLE}),[ ](?:starring|featuring)[ ]"
    r"[^;:.()“”\"]{1,80}?"
    r"[ ]and[ ]$"
)
"""The same title with its stars between it and the participle: "the heist thriller Copper Wren,
starring A and directed by X", or with the title set off by commas, "the channel's other
thriller, Copper Wren, starring A and directed by X" (invented): the stars and the maker are the
title's."""


def kind_told_title(chunk: str, verbs_at: int) -> re.Match[str] | None:
    """The unquoted title a kind-of-work word leads, just before the ", " and the participle at
    ``verbs_at`` (the caller has seen the comma)."""
    return _KIND_BEFORE.search(chunk, max(0, verbs_at - 90), verbs_at)


def kind_told_starred_title(chunk: str, verbs_at: int) -> re.Match[str] | None:
    """The unquoted title a kind-of-work word leads, its stars then "and" before the participle
    at ``verbs_at``."""
    return _KIND_STARRING.search(chunk, max(0, verbs_at - 180), verbs_at)
