"""A day the article promises its own coverage on: "Full write-up coming this afternoon", "More
to follow tonight", "Our review is coming tomorrow", a live blog's "Our round-up of every title
is coming this afternoon". The day is the piece's, not the film's."""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_COVERAGE = lazy_pattern(
    r"(?:^|\b(?:full|our|a|the|more|further|live)[ ](?:[\w-]+[ ])?)"
    r"(?:write-?ups?|recaps?|coverage|updates?|analysis|reaction|reviews?|reports?|round-?ups?|"
    r"galler(?:y|ies)|pictures|photos|details)"
    r"(?:[ ]of[ ](?:every|each|all|the)(?:[ ][\w-]+){1,2})?"
    r"[ ](?:is[ ]|are[ ]|will[ ]be[ ])?(?:coming|to[ ]come|to[ ]follow|following|going[ ]up)[ ]?$"
    r"|^more(?:[ ]on[ ]this)?[ ](?:coming|to[ ]come|to[ ]follow)[ ]?$",
    re.IGNORECASE,
)
"""The article's own piece, perhaps with what it covers ("our round-up of every title"), then
the verb of its coming, right before the day."""


def promises_coverage(clause: str) -> bool:
    """The words before the day (its ``clause``) promise the article's own coverage then."""
    return _COVERAGE.search(clause.strip() + " ") is not None
