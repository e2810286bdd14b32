"""A window that only posts claim, named so as to dismiss it: a moderator's "Removed a bunch of
comments claiming there's a sequel coming in 2028", "we are deleting posts saying a second film
arrives in spring 2027", "stop sharing the TikToks claiming that a follow-up lands next year".
The time is the posts' claim, not a release anyone has told. Reports and sources are left to the
hedge rules: only posts, comments and the like."""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_CLAIMED = lazy_pattern(
    r"\b(?:comments|posts|threads|tweets|videos|TikToks|messages|edits)[ ]"
    r"(?:claiming|saying|insisting|(?:that|which)[ ](?:claim|claimed|say|said|insist))\b"
    r"(?:(?!\b(?:but|while|although|though)\b)[^,;:.!?]){0,80}$",
    re.IGNORECASE,
)
_GOING_ROUND = lazy_pattern(
    r"\b(?:claims?|rumou?rs?|theory|theories|whispers?)[ ](?:(?:going|doing)[ ](?:a)?round"
    r"|doing[ ]the[ ]rounds|circulating|spreading|floating[ ]around)\b[^,;:.!?]{0,40}?[ ]that[ ]"
    r"(?:(?!\b(?:but|while|although|though)\b)[^,;:.!?]){0,80}$",
    re.IGNORECASE,
)
"""A claim the outlet only reports as going round ("a claim going round forums that it will
drop on 3 May"): nobody has told it."""


def claimed_by_posts(chunk: str, start: int) -> bool:
    """The time at ``start`` is what the posts named before it claim."""
    return (
        _CLAIMED.search(chunk, max(0, start - 140), start) is not None
        or _GOING_ROUND.search(chunk, max(0, start - 160), start) is not None
    )
