"""A duty shared before the article's production, for :mod:`bot.extract.crewduties`.

A film or a new season made from a series names who shared a duty on the run before it: "who
took over for the film after Ada Vell and Tom Rusk shared directing duties" (the new holder
came after them), "Ada Vell and Tom Rusk shared writing duties across the three seasons" (a
counted run told in the past tense). Those are the earlier instalments' makers, not ours; "Ada
Vell and Tom Rusk share directing duties" and "will share them across the two seasons" are
still ours (invented examples).
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_BEFORE_HOLDER = lazy_pattern(r"(?<![\w-])(?:after|before|until|succeeding)[ ]$")
"""A subordinator right before the names: the sharers came before someone (or something)."""
_PAST_VERB = lazy_pattern(r"[ ](?:shared|divided)[ ]")
"""A share told in the past tense ("split" may be either, so it is left alone)."""
_COUNTED_RUN = lazy_pattern(
    r"(?:[ ](?:duties|credits?))?[ ](?:across|over|for|on|in|through)[ ](?:all[ ])?(?:the[ ])?"
    r"(?:(?:its|their|[\w-]+[’']s|[\w-]+s[’'])[ ])?"
    r"(?:(?:first|opening|earlier|previous|past|prior)[ ])?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})[ ]"
    r"(?:seasons|series|films|instalments|installments)\b"
)
"""A counted run after the duty, its number in words or figures, perhaps whole or owned:
"across the three seasons", "over its first two series", "across all nine seasons", "on the
show's first 3 seasons", "across the series' three seasons" (a plural's bare apostrophe); the
duty's noun may still come first ("shared directing" + " duties across ...")."""


def earlier_share(chunk: str, match: re.Match[str]) -> bool:
    """Whether the share ``match`` found is told of a run before the article's production."""
    if _BEFORE_HOLDER.search(chunk, max(0, match.start() - 12), match.start()) is not None:
        return True
    return past_share(chunk, match.start(), match.end())


def past_share(chunk: str, start: int, end: int) -> bool:
    """Whether the share told from ``start`` to ``end`` is in the past tense and over a counted
    run ("X and Y shared directing duties across the three seasons"): the runs before ours."""
    told = chunk[start:end]
    return _PAST_VERB.search(told) is not None and _COUNTED_RUN.match(chunk, end) is not None
