"""Who chose an actor for a part, for :mod:`bot.extract.crewmodifiers`.

"She was cast by Oren Blackwood as Captain Tessaly": the name after "cast by" picked an actor
for a part ("as ..." follows), and that is as often a showrunner, a director or a producer as a
casting director, often of another work; the credit is held back. "The series was cast by
Hettie Morrow" stays a casting credit.
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_CAST = lazy_pattern(r"^cast$", re.IGNORECASE)
_AS_PART = lazy_pattern(r",?[ ]as[ ](?:the[ ]|a[ ]|an[ ])?(?:[a-z]+[ ]){0,2}[A-Z]")


def picked_for_a_part(chunk: str, match: re.Match[str]) -> bool:
    """Whether a passive "cast by X" credit goes on "as <Part>": X chose an actor, no credit."""
    return bool(_CAST.match(match["verbs"])) and bool(_AS_PART.match(chunk, match.end("names")))
