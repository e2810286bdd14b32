"""A past weekday written out with its date after "last" or "this past": the date is the fact.

A date is classified by the verb just before it, and the word in front of its weekday stands
between the two: "finished filming last Friday, 26 September", "wrapped this past Tuesday, 30
September". The written date already says which day it is, so that word is read as blank
("finished filming      Friday, 26 September"). A coming day ("this Friday, 27 February") is
read as it was already. A night or a part of today glossed by its date is blanked the same way,
comma and all: "wrapped last night, Friday 14 March", "finished this morning, Saturday 15 March"
("yesterday, Friday 14 March" is read already, the verb and its place kept around it).
"""

from __future__ import annotations

from bot.extract.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from bot.extract.text import blanked
from bot.lazy_patterns import lazy_pattern

_AHEAD_OF_DATE = lazy_pattern(
    rf"\b(?:last|this[ ]past|(?:last[ ]night|this[ ](?:morning|afternoon|evening)),)[ ]"
    rf"(?={WEEKDAY_PATTERN},?[ ]"
    rf"(?:the[ ])?(?:\d{{1,2}}(?:st|nd|rd|th)?(?:[ ]of)?[ ]{MONTH_PATTERN}|{MONTH_PATTERN}[ ]\d))"
)
"""The words before a weekday that its written date follows: "last Friday, 26 September"."""


def weekday_dated(chunk: str) -> str:
    """``chunk`` with the word before each dated weekday blanked (offsets kept)."""
    if not any(word in chunk for word in ("last ", "this ")):
        return chunk
    return blanked(_AHEAD_OF_DATE, chunk)
