"""A part the makers name only by a title with "The", for :mod:`bot.extract.castchecks`.

Trailer write-ups tell a secret part by the one label its makers give it: "X as the mysterious
funder, identified only as The Patron", "a role the studio lists only as “The Archivist”"
(invented). The capitalised "The" mid-sentence is part of that label, so the part keeps it,
where a part read as "Patron" alone would be no name the makers use.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.facts import CastFact

_LABELLED = (
    r"\b(?:identified|listed|lists|credited|billed|named|known)[ ](?:only|simply)[ ]as[ ]"
    r"[“\"‘']?The[ ]"
)
"""The makers' one label for a part: "identified only as The ", "lists only as “The "."""


def titled_part(fact: CastFact) -> CastFact:
    """``fact`` with its part given its "The", when the sentence labels the part so."""
    if f"The {fact.character}" not in fact.evidence or fact.character.startswith("The "):
        return fact  # the words first: the pattern is compiled anew for every part
    pattern = rf"{_LABELLED}{re.escape(fact.character)}\b"
    if re.search(pattern, fact.evidence) is None:
        return fact
    return replace(fact, character=f"The {fact.character}")
