"""A time that bounds a record, as box-office and ratings reports measure one ("the best debut for
a homegrown comedy since the autumn", "the biggest opening since last summer", "the widest
release of the winter to date"; invented examples): the time is the stretch the record is
counted over, not a release of the article's production, and a season said in spring must not
be read as the coming autumn. So is a time after a superlative and a thing done ("the boldest
film Streamly has released this year").
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_SUPERLATIVE = (
    r"\b(?:best|biggest|widest|largest|strongest|highest|lowest|worst|weakest|fastest|busiest|"
    r"quietest|smallest|most[ ][a-z-]+)[ ]"
)
_SINCE = lazy_pattern(rf"{_SUPERLATIVE}[^.;:!?]{{0,80}}?[ ]since[ ]$", re.IGNORECASE)
"""A superlative, then "since" just before the time: the record's span runs from then."""
_OF_SO_FAR = lazy_pattern(rf"{_SUPERLATIVE}[^.;:!?]{{0,60}}?[ ]of[ ]$", re.IGNORECASE)
"""A superlative, then "of" just before the time, which "so far" or "to date" follows."""
_PRAISED = (
    r"\b(?:boldest|bravest|funniest|saddest|loveliest|finest|greatest|prettiest|strangest|"
    r"sweetest|warmest|kindest|smartest|darkest|oddest|wildest|truest|richest|sharpest|scariest|"
    r"gentlest|weirdest|tenderest|cleverest)[ ]"
)
"""A critic's superlatives the records' list leaves out: "boldest", "funniest", "finest"."""
_DONE_IN = lazy_pattern(
    rf"(?:{_SUPERLATIVE}|{_PRAISED})[^.;:!?]{{0,80}}?[ ]"
    r"(?:(?:has|have|had)[ ](?:ever[ ])?|[’']s[ ]|[’']ve[ ])?"
    r"(?<!,[ ])(?<!\bbe[ ])(?<!\bis[ ])(?<!\bare[ ])"
    r"(?:released|made|produced|streamed|shown|aired|put[ ]out|commissioned|seen|watched)[ ]$",
    re.IGNORECASE,
)
"""A superlative, then a thing done just before the time: "among the boldest things Streamly has
released this year", "the funniest film I've seen this spring": the span a ranking covers. Not a
release to come, nor one set off by a comma: "the biggest drama, will be released in June"."""
_SO_FAR = lazy_pattern(r"[ ]*(?:so[ ]far|to[ ]date|yet)\b")
_REACH = 120
"""How far before the time a superlative may stand."""


def record_span(chunk: str, start: int, end: int) -> bool:
    """The time from ``start`` to ``end`` is the span a superlative record is counted over."""
    before = chunk[max(start - _REACH, 0) : start]
    if before.endswith("since "):
        return _SINCE.search(before) is not None
    if _DONE_IN.search(before) is not None:
        return True
    if before.endswith("of ") and _SO_FAR.match(chunk, end):
        return _OF_SO_FAR.search(before) is not None
    return False
