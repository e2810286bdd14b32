"""A casting told in a clause of time, for :mod:`bot.extract.cast`: profiles write "Ada Vale was
17 when she was cast as Mira Holt, the ..." or "Tom Reyes was still at drama school when he was
cast as Kit". The pronoun is the sentence's subject, named just before. The part must end the
clause (a comma, a stop): a part "in", "on", "for" or "at" something after it is another
production's, as often in a profile's look back, and is not read."""

from __future__ import annotations

from bot.extract.castforms import CHAR, DESCRIPTOR, Casting, casting_at
from bot.extract.names import FULL_NAME
from bot.lazy_patterns import lazy_pattern

_WHEN_CAST = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ](?:was|were)[ ](?:\d{{1,2}}|[a-z]+(?:[ ][a-z]+){{0,3}}?)[ ]"
    r"when[ ](?:she|he|they)[ ](?:was|were)[ ](?:first[ ])?cast[ ]as[ ]"
    rf"{DESCRIPTOR}(?P<char>{CHAR})(?=[,.;:]|$)(?!,[ ](?:in|on|for|at)[ ])"
)


def when_cast(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Every "Actor was ... when she was cast as Part" in the sentence."""
    if " when " not in chunk or " cast as " not in chunk:
        return []
    return [casting_at(match, evidence, offset) for match in _WHEN_CAST.finditer(chunk)]
