"""A person's own debut told as a career step ("made his screen debut this year in ...", "who made
her stage debut in 2023"): the time dates the person's first role somewhere, not the release of
the article's production, whose debut is "its" (the film's), never his, hers or theirs."""

from __future__ import annotations

import re

_OWN_DEBUT = re.compile(
    r"\b(?:his|her|their|my|your)[ ](?:[\w-]+[ ]){0,2}debut[ ](?:[\w’'-]+[ ]){0,2}$"
)
"""A person's debut just before the time: "his screen debut this", "her feature debut in"."""


def career_debut(chunk: str, start: int) -> bool:
    """The time at ``start`` follows a person's own debut, a step in a career."""
    return "debut " in chunk and _OWN_DEBUT.search(chunk, max(start - 60, 0), start) is not None
