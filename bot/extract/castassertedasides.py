"""A casting told in a "who plays" aside, for :mod:`bot.extract.castnotparts`.

A hope, a wish or a memory before a name governs what the sentence says of that person, not the
aside that says who they are: in "Netflix wants voters to remember Ada Vale, who plays Mira, in
the supporting races" or "Fans hope Tom Reed, who voices Kit, returns", the casting is told as
fact. Only the present tense, right after the name, with nothing but an adverb between: "who
played Kit" may be a past turn, and "who could play Kit" is the hope itself.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_WHO_PLAYS = lazy_pattern(
    r"[^,;:()“”\"]{1,60}?,[ ]who[ ](?:(?:also|now|currently|still)[ ])?(?:plays|voices|portrays)"
    r"[ ]"
)
"""The actor, then its aside: "Ada Vale, who plays ", "Tom Reed, who now voices "."""


def told_in_an_aside(kw: str, chunk: str, start: int) -> bool:
    """Whether the casting at ``start`` of ``chunk`` (keyword ``kw``) is a present "who plays"
    aside on the name, which words of doubt before the name do not govern."""
    return kw in {"plays", "voices", "portrays"} and _WHO_PLAYS.match(chunk, start) is not None
