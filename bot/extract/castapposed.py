"""A casting told in an apposition, for :mod:`bot.extract.cast`: "For Ada Vale, the 23-year-old
Welsh actor cast as Mira Holt, ..." or "Ada Vale, the newcomer recently cast as Mira, says ...":
a person, then a role noun with "cast as" and the part, inside the commas."""

from __future__ import annotations

import re

from bot.extract.castforms import CHAR, Casting, casting_at
from bot.extract.names import FULL_NAME

_APPOSED_CAST = re.compile(
    rf"(?P<actor>{FULL_NAME}),[ ](?:the|an?)[ ](?:[\w’'-]+[ ]){{0,3}}?(?:actor|actress|"
    r"newcomer|star|performer)[ ](?:(?:newly|recently|just|since)[ ])?cast[ ]as[ ]"
    rf"(?P<char>{CHAR})(?=[,.;:)]|$)"
)


def apposed_castings(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Every "Actor, the ... actor cast as Part" in the sentence."""
    if " cast as " not in chunk:
        return []
    return [casting_at(m, evidence, offset) for m in _APPOSED_CAST.finditer(chunk)]
