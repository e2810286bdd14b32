"""A name after the speech verb that only owns the speaker, for :mod:`bot.extract.speakers`:
"“...,” said Lumen’s head of drama, Ada Vale" is Ada Vale's, never Lumen's; the match that
stops at "Lumen" names no speaker."""

from __future__ import annotations

import re

from bot.extract.lazy_patterns import lazy_pattern

_OWNS = lazy_pattern(r"[’'](?:s\b)?[ ](?:[a-z-]+[ ]){0,4}?[a-z-]+,?[ ][A-Z]")
"""A possessive mark, the owned role and the name holding it ("’s head of drama, Ada", "’ head
Ada"); not a text the name owns ("according to the broadcaster's drama slate")."""


def unless_owner(post: str, match: re.Match[str] | None) -> re.Match[str] | None:
    """``match`` (a speaker after the quote), or None when its name owns the next words."""
    return None if match is None or _OWNS.match(post, match.end()) else match
