"""A name whose clause acts on the pronoun's person is not who the pronoun stands for.

"Piet Lund has called him “a natural”, and the actor admits he blushed": Lund is named before
"he", but Lund's clause speaks of "him", so "he" is that other man (the one the piece is
about), never Lund. Likewise "Ada Vale signed her up, and she ..." for "she". A copula
("Lund says it was him") acts on no one, nor does a name that only owns the clause's subject
("Lund’s mother raised him").
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_VERB = (
    r"\b(?:(?!(?:is|was|has|as|his|this|does)[ ])[a-z]+(?:s|ed)"
    r"|brought|sent|put|took|kept|got|told|made|cast|gave|let)[ ]"
)
"""A verb acting on what follows: "calls", "signed", "brought", never "was" or "has"."""
_OBJECT = {
    "he": re.compile(rf"{_VERB}him\b(?!self)"),
    "she": re.compile(rf"{_VERB}her(?=[ ]*[.,;:“\"‘]|[ ](?:as|to|back|up|in|over|off)\b)"),
}
_OWNED = lazy_pattern(r"[\w-]+[’']s\b")
"""The name as an owner ("Vale’s mother raised her"): the clause's subject is someone else."""


def acts_on(between: str, pronoun: str) -> bool:
    """Whether ``between`` (a name's words up to the pronoun) acts on the ``pronoun``'s person."""
    found = _OBJECT.get(pronoun.lower())
    if found is None or _OWNED.match(between):
        return False
    return found.search(between) is not None
