"""An acronym before a noun is the noun's modifier, never a part: "back as everyone's favourite
TV mum", "as a BBC newsreader"."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_ACRONYM_BEFORE_NOUN = lazy_pattern(
    r"\b(?P<acronym>[A-Z]{2,4})[ ](?!(?:in|on|at|as|to|of|for|from|with|opposite|alongside|and|or|"
    r"but|who|whose|while|when|is|was|will|has|had|returns|again|too)\b|[a-z]+ly\b)[a-z]"
)
"""An acronym and a lower-case word after it that may be a noun ("TV mum"); not a joining word,
a verb or an adverb, as after a part's initials ("plays AJ in the film", "JJ opposite X")."""


def modifier_acronym(character: str, evidence: str) -> bool:
    """Whether the part is a bare acronym that the evidence follows with a lower-case word
    ("as TV mum"): a description of the part, not its name."""
    return any(match["acronym"] == character for match in _ACRONYM_BEFORE_NOUN.finditer(evidence))
