"""A name that modifies the noun after it, for :mod:`bot.extract.cast`: never the actor.

"who won a Golden Harp award for her role as Elspeth Rann", "The Harbour TV star has walked
away from her role as DS Wren Callow": the capitalised words before "award" or "star" name an
award or a company; the actor is whoever won it or is its star, so no "Golden Harp as Elspeth
Rann" is read.
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_NOUN_AFTER = lazy_pattern(
    r"[ ](?:awards?|prizes?|nominations?|nominee|winner|trophy|gong|star|actor|actress|"
    r"bosses|boss|spokesperson|spokesman|spokeswoman|veteran|favourite|alum|newcomer)\b"
)
"""A noun for an award or a person that a name before it can only describe."""


def named_actor(chunk: str, match: re.Match[str]) -> str:
    """The match's actor, or "" when a noun it describes follows it (an award's or a company's
    name): the casting then stays only to lend its part to the sentence's leaver ("The Harbour
    TV star steps into the role of Y after Z's exit")."""
    return "" if _NOUN_AFTER.match(chunk, match.end("actor")) else match["actor"]
