"""A maker's earlier film, told only by its maker and year, and its cast in a clause: "But where
Ada Vell's 2019 film, with Tom Reese as Kit, played grief as farce, ...". Reviews compare ours
with such a film; the casting is that film's, not ours. The year before the page's own tells it
apart from ours ("Ada Vell's film, with ..." may be ours)."""

from __future__ import annotations

import datetime as dt

from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_MAKER_YEAR_CLAUSE = lazy_pattern(
    rf"(?<!\bof[ ]){NAME}[’']s[ ](?P<year>(?:19|20)\d\d)[ ](?:[a-z-]+[ ]){{0,2}}"
    rf"(?!novel|franchise){GENRE_NOUNS}"
    r"(?:,[ ](?:in[ ]which|with)|[ ]in[ ]which)[ ]"
    r"(?:(?:the|a|an)[ ])?(?:[a-z][a-z-]+[ ]){0,2}$"
)
"""Right before the actor: an owner, a year, the work's kind, then ", with " or "in which ". Never
a book ("its adaptation of Ada Vell's 2019 novel, with X as Y" is ours), nor a work ours adapts
("of Ada Vell's 2019 film")."""
_REACH = 120


def in_earlier_maker_work(evidence: str, actor: str, date: dt.date | None) -> bool:
    """Whether ``actor`` is cast in a clause on a maker's film of an earlier year."""
    at = evidence.find(actor)
    if at < 0 or date is None:
        return False
    clause = _MAKER_YEAR_CLAUSE.search(evidence, max(at - _REACH, 0), at)
    return clause is not None and int(clause["year"]) < date.year
