"""A recast told by contrast, for :mod:`bot.extract.cast`: "Mira is now played by Ada Vale, not
Tom Reed" and "Mira (now played by Ada Vale rather than Tom Reed)": the name after "not" had the
part before. Only with "now" or "currently": without them ("played by Ada Vale, not Tom Reed")
the sentence may be correcting a report, and no one is said to have played the part.
"""

from __future__ import annotations

import re

from bot.extract.castforms import CHAR, Casting
from bot.extract.cues import hint
from bot.extract.names import NAME
from bot.facts import CastStatus

_NOW_NOT = re.compile(
    rf"(?P<char>{CHAR}),?[ ](?:is[ ]|has[ ]been[ ])?(?:now|currently)[ ]played[ ]by[ ]"
    rf"(?P<actor>{NAME})(?:,[ ]|[ ]\()?[ ]?(?:not|rather[ ]than|instead[ ]of)[ ](?P<old>{NAME})"
    r"\b(?![’'])"
)
_CONTRAST = hint(" not ", " rather than ", " instead of ", "(not ")


def now_not(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """The earlier actor a "now played by X, not Y" names, as a former casting of the part."""
    if "played by " not in chunk or not _CONTRAST.search(chunk):
        return []
    former = CastStatus.FORMER
    return [
        Casting(
            m["old"], m["char"], evidence, offset + m.start("old"), former, end=offset + m.end()
        )
        for m in _NOW_NOT.finditer(chunk)
    ]
