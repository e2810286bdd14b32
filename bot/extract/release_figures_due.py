"""A sentence about figures that are due, not the work: its time is theirs.

A chart or ratings page says when the next numbers come: "Barb's overnight ratings for the
week, which take in the finale, are due on Thursday", "Streaming figures for Tallow Road,
covering its first five days, are expected in early July". The subject is the figures, so the
day or window is when they are published, never the work's release (invented examples). So
is an awards body's "With the Kestrel longlists due in early January": the lists' time, and a
streamer's "The next Top 10 lists are due on Monday": the charts' time.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_FIGURES_DUE = lazy_pattern(
    r"[ “\"‘']*(?:[\w’'.-]+[ ]){0,4}?"
    r"(?:figures|ratings|data|numbers|estimates|statistics|lists|charts|rankings)"
    r"(?:[ ]for[ ][^,;.]{1,40})?(?:,[ ][^,;]{1,80},)?[ ](?:(?:are|is|will[ ]be)[ ]"
    r"(?:now[ ]|also[ ])?(?:due|expected)"
    r"|(?:usually|normally|typically|often|tend[ ]to)[ ](?:arrive|come|land)s?\b"
    r"|(?:arrive|come|land)s?(?=[ ](?:on|every|each|by|at|mid|early|late)\b))\b"
)
"""A sentence whose subject is figures, with their aside, and "are due" or "are expected", or
the habit of their coming: "Those numbers usually arrive on Tuesday", "they arrive every
Tuesday"; never their coming "ahead of" or "as" a release it then dates."""
_LISTS_DUE = lazy_pattern(
    r"[ “\"‘']*(?:With[ ])?(?:the[ ])?(?:[\w’'.-]+[ ]){0,3}?(?:long|short)lists?[ ]"
    r"(?:(?:are|is|will[ ]be)[ ])?(?:now[ ]|also[ ])?(?:due|expected)\b"
)
"""A sentence on when an awards body's longlists or shortlists come: "With the Kestrel
longlists due in early January", "The shortlists are expected in December"."""


_WHOSE_LISTS_DUE = lazy_pattern(
    r",[ ]whose[ ](?:[\w’'.-]+[ ]){0,2}?(?:long|short)lists?[ ](?:are|is|will[ ]be)[ ]"
    r"(?:now[ ]|also[ ])?(?:due|expected)[ ](?:in|on|by)[ ][^,;]{1,30}[.!]?$"
)
"""The lists' time told last, in a clause on the awards body: "... for the Kestrels, whose
longlists are due in early January."."""


def figures_due(chunk: str) -> bool:
    """The sentence says when figures are due ("Ratings for the week are due on Thursday")."""
    return (
        _FIGURES_DUE.match(chunk) is not None
        or _LISTS_DUE.match(chunk) is not None
        or _WHOSE_LISTS_DUE.search(chunk) is not None
    )
