"""A person's own debut told as a career step already taken ("made his screen debut this year in
...", "who made her stage debut in 2023", "her television debut came in 2022"): the time dates
the person's first role somewhere, not the release of the article's production. A debut still to
come ("will be his directorial debut in 2026") may be the article's own production, so it
dates that release as any other time does."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_OWN_DEBUT = lazy_pattern(
    r"\b(?:made[ ](?:his|her|their|my|your)[ ](?:[\w-]+[ ]){0,2}debut[ ]|"
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our)[ ](?:[\w-]+[ ]){0,2}debut[ ]"
    r"(?:came[ ]|was[ ](?!(?:\w+ed|set|due|to|going|about|being|still|now|yet|not)\b)))"
    r"(?:[\w’'-]+[ ]){0,2}$"
)
"""A debut made, just before the time: "made his screen debut this", "Her debut came in", "her
debut was in"; never "her debut was delayed to" or "was set for" (a debut still to come)."""


def career_debut(chunk: str, start: int) -> bool:
    """The time at ``start`` follows a person's own debut, a step taken in a career."""
    return "debut " in chunk and _OWN_DEBUT.search(chunk, max(start - 60, 0), start) is not None
