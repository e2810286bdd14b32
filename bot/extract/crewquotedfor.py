"""A quoted title, then "for" the role noun later in its clause, for
:mod:`bot.extract.crewqualified`.

A profile runs through a crew member's or an actor's other work, the title in quotes and its
maker told last, after a gloss on the work or on what was done there: "“Salt Weir”, the 2021
Danish drama she shot for director Ada Vale", "“Salt Weir” (2019), in which he played a
lighthouse keeper for director Ada Vale", "the feature "Salt Weir" (2021) for director Ada Vale",
"prepping a feature, "Salt Weir", for director Ada Vale" (invented examples, straight quotes or
curly). Ada Vale made Salt Weir, not the article's work, unless Salt Weir is ours or the
headline's.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.lazy_patterns import lazy_pattern

_QUOTED_THEN_FOR = lazy_pattern(
    r"[“‘\"](?P<title>[A-Z][^‘’“”\"\n]{0,60}?)[,]?[’”\"]"
    r"(?P<between>[^.;:!?“”\"‘’]{0,90}?)[ ]for[ ](?:the[ ])?(?:[A-Z][\w-]*[ ])?$"
)
"""A quoted title, words of its clause (no new quote, no sentence stop), then "for (the)" and
an optional capitalised word ("for the Danish ") just before the role noun."""
_OURS_BETWEEN = lazy_pattern(
    r"\b(?:our|this|these|the[ ](?:film|series|show|drama)[’']s?|now|again|and[ ](?:now|then))\b"
)
"""Words between that turn back to the article's work or to a later job ("“Salt Weir”, and now
works for director X": X may be ours)."""
_DATED_PAST = lazy_pattern(
    r"^[ ]\((?:19|20)\d\d\),?[ ](?:in[ ]which|where|when)[ ](?:she|he|they|I|we)[ ]"
    r"(?:played|starred|shot|lit|scored|edited|appeared)\b"
)
"""With no title known, a dated title and a past job told there ("“Salt Weir” (2019), in which
she played Mira for "): a career's earlier work, not the article's news."""
_REACH = 170


def quoted_work_for(chunk: str, start: int, context: Context) -> bool:
    """Whether the role noun at ``start`` follows "for" after a quoted title not ours, in one
    clause: that title's maker (see above). With no title of ours or headline to check against,
    the quoted one may be ours, unless it is dated and a past job is told there."""
    if " for " not in chunk:
        return False
    found = _QUOTED_THEN_FOR.search(chunk, max(0, start - _REACH), start)
    if found is None or context.is_known(found["title"]):
        return False
    if not (context.ours or context.headline) and _DATED_PAST.match(found["between"]) is None:
        return False
    return _OURS_BETWEEN.search(found["between"]) is None
