"""A casting told in an apposition, for :mod:`bot.extract.cast`: "For Ada Vale, the 23-year-old
Welsh actor cast as Mira Holt, ..." or "Ada Vale, the newcomer recently cast as Mira, says ...":
a person, then a role noun with "cast as" (or "confirmed last week as") and the part, inside the
commas."""

from __future__ import annotations

import re

from bot.extract.castforms import CHAR, Casting, casting_at
from bot.extract.names import FULL_NAME

_APPOSED_CAST = re.compile(
    rf"(?P<actor>{FULL_NAME}),[ ](?:the|an?)[ ](?:[\w’'-]+[ ]){{0,3}}?(?:actor|actress|"
    r"newcomer|star|performer)[ ](?:(?:newly|recently|just|since|officially)[ ])?"
    r"(?:cast|confirmed|announced)[ ]"
    r"(?:(?:last|this|earlier[ ]this)[ ](?:week|month|year|spring|summer|autumn|winter)[ ]"
    r"|on[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ ])?as[ ]"
    rf"(?P<char>{CHAR})(?=[,.;:)]|$)"
)
"""The verb may be "confirmed" or "announced", and a time may stand before "as": "the French
actor confirmed last week as Mira"."""
_HINT = (" cast ", " confirmed ", " announced ")


def apposed_castings(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Every "Actor, the ... actor cast as Part" in the sentence."""
    if not any(verb in chunk for verb in _HINT) or " as " not in chunk:
        return []
    return [casting_at(m, evidence, offset) for m in _APPOSED_CAST.finditer(chunk)]
