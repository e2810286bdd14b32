"""The day a shoot began, told after the day: "crews lined the street on Monday as filming got
under way", "the cast gathered in Leeds on Monday for the first day of the shoot", "on Tuesday,
the first day of principal photography". A person's own first day ("her first day on set",
"their first day of filming") is not the production's start, and onlookers there "as cameras
rolled" saw a shoot day, not its first (unless the cameras "rolled for the first time",
"first rolled" or "rolled on day one").
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_SHOOT_NOUN = r"(?:principal[ ]photography|filming|shooting|production|cameras)"
_AS_SHOOT_BEGAN = lazy_pattern(
    rf",?[ ](?:as|when)[ ]{_SHOOT_NOUN}[ ]"
    r"(?:got[ ]under[ ]?way|began|started|kicked[ ]off|commenced|started[ ]rolling|"
    r"first[ ]rolled|rolled[ ](?:for[ ]the[ ]first[ ]time|on[ ](?:day[ ]one|the[ ]first[ ]day)))\b"
)
_FIRST_DAY = lazy_pattern(
    r",?[ ](?:for|marking|on|,)?[ ]?(?:the|its)[ ]first[ ]day[ ]of[ ](?:a[ ]|the[ ]|its[ ])?"
    rf"(?:[\w-]+[ ])?(?:shoot|{_SHOOT_NOUN})\b"
)
"""The day named as the first of the shoot: "on Monday for the first day of a shoot"."""


def shoot_began_then(chunk: str, end: int) -> bool:
    """The day (ending at ``end``) is when the shoot began, told after it."""
    if _AS_SHOOT_BEGAN.match(chunk, end) is not None:
        return True
    return "first day of" in chunk and _FIRST_DAY.match(chunk, end) is not None
