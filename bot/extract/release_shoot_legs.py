"""A shoot's leg wrapped, not the shoot: one location finished before the work goes on elsewhere
("The production wraps its Margate shoot on Friday before moving on to studio work", "finished
the Cornish leg before heading to the studio"). The day is that leg's, not the production's
wrap."""

from __future__ import annotations

import re

_MOVES_ON = re.compile(
    r"\b(?:wrap(?:s|ped|ping)?|finish(?:es|ed|ing)?|complet(?:es|ed|ing))\b[^.,;!?]{0,80}?"
    r"\bbefore[ ](?:moving|heading|relocating|decamping|returning|going)[ ](?:on[ ])?"
    r"(?:to|back[ ]to|into)\b"
)


def one_leg(evidence: str) -> bool:
    """The sentence wraps a part of the shoot and then moves on to more of it."""
    return "before " in evidence and _MOVES_ON.search(evidence) is not None
