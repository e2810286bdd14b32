"""A time that belongs to several other works counted as the subject, not to this one.

A box-office or listings page looks ahead: "with three wide releases due on Friday 12 June",
"Four new films open on 3 July", "several premieres are set for next month", "two other films
due out on", "three new titles hitting cinemas on" (invented examples). A count of releases is
other titles by its shape (one film is never "three releases"), so the day is theirs, never this
film's.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import COUNT_WORD
from bot.lazy_patterns import lazy_pattern

_COUNTED = lazy_pattern(
    rf"\b(?:{COUNT_WORD}|several|many|a[ ](?:few|handful[ ]of|couple[ ]of|clutch[ ]of|slew[ ]of))"
    r"[ ](?:other[ ]|more[ ]|new[ ]|wide[ ]|big[ ]|major[ ]|rival[ ]|further[ ]){0,2}"
    r"(?:releases|films|movies|titles|features|premieres|openers|pictures)"
    r"[ ](?:(?:are|were|will[ ]be|all)[ ])?(?:also[ ])?"
    r"(?:(?:due|set|scheduled|slated)(?:[ ](?:out|to[ ](?:open|land|arrive)))?|out|opening|open|"
    r"arriving|arrive|landing|land|released|hit(?:ting)?[ ](?:cinemas|theaters|theatres|screens))"
    r"(?:[ ](?:for|on|in|from))?$",
    re.IGNORECASE,
)
"""A counted plural of works, then its verb, just before the time."""


def counted_works_due(before: str) -> bool:
    """The words before the time make a counted set of works its subject ("with two big
    releases set for")."""
    return _COUNTED.search(before) is not None
