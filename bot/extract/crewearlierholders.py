"""An earlier holder of a crew post, for :mod:`bot.extract.crewqualified`.

A profile or a production story tells who had a post before the one who holds it: "the film's
original editor, the veteran cutter X, withdrew", "its former composer, the composer Y, left".
The role noun before the name is set in apposition to an "original", "former", "previous",
"initial", "one-time" or "first-choice" post, so it names the one who left, not the production's
holder. The post must itself be a crew role ("original novel, the film's director X" is no
earlier holder: the director is the film's own).
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

POST = (
    r"(?:(?:casting[ ]|co-|executive[ ]|exec[ ])?(?:director|producer|creator)|"
    r"director[ ]of[ ]photography|(?:screen)?writer|writer-director|showrunner|composer|"
    r"editor|cinematographer|DoP|DP|author|novelist)"
)
"""A crew post's noun, as the apposed post names it."""
_EARLIER_POST = lazy_pattern(
    r"(?i:(?<![\w-])(?:original|former|previous|first[- ]choice|one-time|onetime|initial)"
    rf"[ ](?:[a-z-]+[ ]){{0,2}}?{POST}),[ ](?:the|an?)[ ](?:[\w’'-]+[ ]){{0,3}}$"
)
"""An earlier post and the apposition's opening up to the role noun: "original editor, the
veteran " (before "cutter X")."""
_REACH = 90
"""Enough characters back for the post, its apposition's article and a few describing words."""


def earlier_holder(chunk: str, start: int) -> bool:
    """Whether the role noun at ``start`` opens an apposition to an earlier holder's post."""
    if "," not in chunk[max(0, start - _REACH) : start]:
        return False
    return _EARLIER_POST.search(chunk, max(0, start - _REACH), start) is not None
