"""A run widened to more screens ("is expanding the release to 240 screens this Friday",
"widens its release on 17 April"): the time in that clause is a later step of a running
release, never its premiere. Only the widening's own clause is reached ("opens in 40 cinemas on
3 April before it widens its release on 17 April" keeps 3 April). A widened release noun phrase
("widened the release window in June", "may expand the release plan in November") widens no
run, but its clause's time dates that window or plan, never our premiere, so it is dropped too.
So is a broadcast told to follow the release ("opens in cinemas on 4 June, with a Channel 4
broadcast to follow next year"): the time is the later run's.
"""

from __future__ import annotations

import re

from bot.extract.cues import hint
from bot.lazy_patterns import lazy_pattern

_WIDENED = lazy_pattern(
    r"\b(?:expand|widen)(?:s|ed|ing)?[ ](?:(?:the|its|their)[ ])?release\b",
    re.IGNORECASE,
)
"""A widening of a release, or of a release noun phrase ("the release window")."""
_CLAUSE_BREAK = lazy_pattern(r"[,;—–]|[ ](?:and|but|before|after|while|then|until)[ ]")
"""Where the widening's clause ends: punctuation, or a link that opens another event's clause
("before", "after", "until"). Wider than a list's break (:mod:`bot.extract.release_hope_scopes`),
since a time here must be the widening's own."""
_HINT = hint("xpand", "widen", "Widen")


_TO_FOLLOW = lazy_pattern(
    r"\b(?:broadcast|transmission|airing|TV[ ]run|television[ ]run)[ ]"
    r"(?:to|will|would|set[ ]to)[ ]follow[ ](?:(?:on|in|from|by|around)[ ](?:the[ ])?)?$"
)
"""A broadcast told to follow, just before its time, whether or not a preposition leads it:
"with a broadcast to follow next year", "with the broadcast to follow on 9 September" (not "with
a theatrical release to follow in 2027", the release itself)."""


def widened(chunk: str, start: int) -> bool:
    """The time at ``start`` sits in a clause that widens a running release (or a release
    window, plan or slate), or is a later run's, told to follow."""
    if " follow " in chunk and _TO_FOLLOW.search(chunk, max(start - 40, 0), start):
        return True
    if not _HINT.search(chunk):
        return False
    for match in _WIDENED.finditer(chunk):
        low, high = sorted((match.end(), start))
        if _CLAUSE_BREAK.search(chunk, low, high) is None:
            return True
    return False
