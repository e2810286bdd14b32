"""A title dated in brackets and described before a participle, for :mod:`.crewmodifiers`.

A profile runs through someone's earlier works, each with its year: "Her break came with Salt
Meadow (2019), a coastal thriller directed by Oren Vasko" (invented). The year in brackets
and the genre after it tell a title from a place, so the credit is that work's (once the title
is checked against the article's own). Without the bracketed year ("Set in Brackwater Rise, a
coastal thriller directed by X") nothing is read here.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import GENRE_NOUNS
from bot.lazy_patterns import lazy_pattern

_DATED_TITLE = lazy_pattern(
    r"(?P<title>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and)){0,4})[ ]\((?:19|20)\d\d\),[ ]"
    rf"(?:a|an|the)[ ](?:[\w’'+-]+[ ]){{0,4}}?(?:{GENRE_NOUNS})[ ]$"
)
_REACH = 120
"""Enough characters back for the title, its year and the description."""


def dated_title(chunk: str, verbs_at: int) -> re.Match[str] | None:
    """The dated, described title just before the participle at ``verbs_at``, if any."""
    return _DATED_TITLE.search(chunk, max(0, verbs_at - _REACH), verbs_at)
