"""A time told of reshoots, not of the shoot: "Filming wrapped last March, before reshoots this
summer", "pick-ups in June". The shoot neither began nor wrapped then."""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_RESHOOT = lazy_pattern(
    r"\b(?:re-?shoots?|re-?shooting|pick-?ups|additional[ ](?:photography|filming|shooting))"
    r"(?:[ ](?:in|during|over|on|from|this|next|last|until|by))?[ ]?$",
    re.IGNORECASE,
)
_LOOK_BACK = 40


def of_reshoots(chunk: str, start: int) -> bool:
    """The words just before the time at ``start`` name reshoots or pick-ups."""
    before = chunk[max(start - _LOOK_BACK, 0) : start]
    lower = before.lower()
    if "shoot" not in lower and "pick" not in lower and "additional" not in lower:
        return False
    return _RESHOOT.search(before) is not None
