"""Reviews or their embargo as the subject of a release-like verb tell when the critics' verdicts
come out, not the film: "Reviews drop at 9pm tonight, and Fenwick is on Netflix from Friday",
"the review embargo lifts on Tuesday". The film's own verb in the same sentence still dates it;
"Fenwick drops tonight, reviews say it is worth the wait" still is its release. An award's
longlists, shortlists or nominations are such verdicts too: "the longlists arrive in January".
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_REVIEWS_OUT = lazy_pattern(
    r"^[ “\"‘']*(?:(?:and|but|while)[ ])?"
    r"(?:(?:the|our|its|first|full|early|critics[’']?|press)[ ]){0,3}"
    r"(?:reviews?|reactions|verdicts|(?:review[ ])?embargo(?:es)?|(?:long|short)[ ]?lists|"
    r"nominations)[ ]"
    r"(?:(?:will|should|are[ ](?:due|set|expected)[ ]to|is[ ](?:due|set|expected)[ ]to)[ ])?"
    r"(?:drop|land|arrive|lift|come[ ]out|go[ ](?:live|up)|be[ ](?:out|published|up)|"
    r"are[ ](?:out|published|up)|is[ ](?:up|lifted))\w*\b",
    re.IGNORECASE,
)
"""A clause whose subject is reviews or their embargo, or an award's lists ("the longlists
arrive in early January", "nominations land on 3 March"), its verb their coming out."""
_GATE = ("review", "reaction", "embargo", "verdict", "lists", "nominations")


def reviews_come_out(clause: str) -> bool:
    """The ``clause`` before a time tells when reviews come out ("Reviews drop at 9pm")."""
    lower = clause.lower()
    return any(word in lower for word in _GATE) and _REVIEWS_OUT.match(clause) is not None
