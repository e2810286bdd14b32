"""A run widened to more screens ("is expanding the release to 240 screens this Friday",
"widens its release on 17 April"): the time in that clause is a later step of a running
release, never its premiere. Only the widening's own clause is reached ("opens in 40 cinemas on
3 April before it widens its release on 17 April" keeps 3 April), and "release" has to end the
noun phrase ("expanding its release slate" widens no run).
"""

from __future__ import annotations

import re

from bot.extract.cues import hint

_WIDENED = re.compile(
    r"\b(?:expand|widen)(?:s|ed|ing)?[ ](?:(?:the|its|their)[ ])?release\b",
    re.IGNORECASE,
)
"""The widening, if what follows "release" ends its noun phrase (:data:`_AFTER_RELEASE`)."""
_AFTER_RELEASE = re.compile(
    r"[ ](?:to|from|on|in|into|across|at|nationwide|this|next|further|again|wider|today|"
    r"tomorrow|later)\b|[,.;:!?)—–]|$"
)
"""What may follow a widened "release": a place, count or time, or the clause's end."""
_CLAUSE_BREAK = re.compile(r"[,;—–]|[ ](?:and|but|before|after|while|then|until)[ ]")
"""Where one clause ends and the next begins."""
_HINT = hint("xpand", "widen", "Widen")


def widened(chunk: str, start: int) -> bool:
    """The time at ``start`` sits in a clause that widens a running release."""
    if not _HINT.search(chunk):
        return False
    for match in _WIDENED.finditer(chunk):
        if not _AFTER_RELEASE.match(chunk, match.end()):
            continue
        low, high = sorted((match.end(), start))
        if _CLAUSE_BREAK.search(chunk, low, high) is None:
            return True
    return False
