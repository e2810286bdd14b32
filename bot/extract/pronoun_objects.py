"""A name whose clause acts on the pronoun's person is not who the pronoun stands for.

"Piet Lund has called him “a natural”, and the actor admits he blushed": Lund is named before
"he", but Lund's clause speaks of "him", so "he" is that other man (the one the piece is
about), never Lund. Likewise "Ada Vale signed her up, and she ..." for "she".
"""

from __future__ import annotations

import re

_VERB = r"\b(?:[a-z]+(?:s|ed)|brought|sent|put|took|kept|got|told|made)[ ]"
_OBJECT = {
    "he": re.compile(rf"{_VERB}him\b(?!self)"),
    "she": re.compile(rf"{_VERB}her(?=[ ]*[.,;:“\"‘]|[ ](?:as|to|back|up|in|over|off)\b)"),
}


def acts_on(between: str, pronoun: str) -> bool:
    """Whether ``between`` (a name's words up to the pronoun) acts on the ``pronoun``'s person."""
    found = _OBJECT.get(pronoun.lower())
    return found is not None and found.search(between) is not None
