"""Someone unnamed who says a noun's words in a clause hung on it: "a move one pollster called
‘...’", "the plan, which a veteran agent described as ‘...’", or an unnamed source right before
its verb ("but our insider claimed it ‘...’"). The clause has its own sayer, so the words are
that sayer's (unnamed), never the sentence's named subject's."""

from __future__ import annotations

import re

from bot.extract.subjects import CROWD_NOUN, NOT_A_JOB, ORG_NOUN, OWNER_WORD, SOURCE_NOUN, UNNAMED
from bot.lazy_patterns import lazy_pattern

_AUXILIARY = r"(?:had|has|have|was|were|is|are|would|will|could)"
"""The auxiliaries that open a clause of its own: no part of a sayer's noun."""
_NOT_LAST = rf"(?!(?:{_AUXILIARY}|who|which|that|then|also|{OWNER_WORD})\b)"
"""A word that ends no sayer's noun: an auxiliary, a relative word, or a possessive opening
another noun phrase."""
SAYER_NOUN = (
    rf"(?:(?!{NOT_A_JOB}|{ORG_NOUN}\b)[a-z][a-z-]+(?:ist|er|or|ian|ant)|agent|{SOURCE_NOUN}"
    rf"|{CROWD_NOUN})"
)
"""Who a noun says is a person: a job ("pollster", "publicist"), a source or one of a crowd."""
_GAP_SAYER = lazy_pattern(
    r"(?:\b(?:which|that|what)|\b[a-z]{3,}|[—–])[ ]"
    rf"(?P<who>(?:one|another|an?)[ ](?:{_NOT_LAST}[a-z][\w’'-]*[ ]){{0,2}}?{SAYER_NOUN})[ ]$"
)
"""An indefinite sayer right before the verb, after the noun or relative word it reports on."""
_UNNAMED_SAYER = lazy_pattern(rf"(?:^|(?<=[ ,—–]))(?P<who>{UNNAMED})[ ]$")
"""A source the article never names, right before the verb: "but our insider claimed it"."""
_INNER_CLAUSE = lazy_pattern(rf"\b(?:{_AUXILIARY}|[a-z]+ed)\b")
"""A clause of its own after the verb ("claimed the studio had floated a ‘...’ special"): the
quote is in what is claimed, not the source's own words."""


def gap_sayer(pre: str, start: int, end: int) -> re.Match[str] | None:
    """The unnamed sayer ending right before a reporting verb at ``start:end``, if any."""
    found = _GAP_SAYER.search(pre, 0, start)
    if found is None and _INNER_CLAUSE.search(pre, end) is None:
        found = _UNNAMED_SAYER.search(pre, 0, start)
    return found
