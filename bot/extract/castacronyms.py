"""An acronym before a noun is the noun's modifier, never a part: "back as everyone's favourite
TV mum", "as a BBC newsreader"."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_ACRONYM_BEFORE_NOUN = lazy_pattern(r"\b(?P<acronym>[A-Z]{2,4})[ ][a-z]")
"""An acronym and a lower-case word after it: "TV mum"."""


def modifier_acronym(character: str, evidence: str) -> bool:
    """Whether the part is a bare acronym that the evidence follows with a lower-case word
    ("as TV mum"): a description of the part, not its name."""
    return any(match["acronym"] == character for match in _ACRONYM_BEFORE_NOUN.finditer(evidence))
