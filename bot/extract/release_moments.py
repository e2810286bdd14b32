"""Times in a sentence that date something other than a release or a shoot: the month a show
was renewed, a year named before ("that year"), an anecdote's hour. Read by
:mod:`bot.extract.release_dates` before it classifies a date or window as a release fact.
"""

from __future__ import annotations

import re

from bot.extract.dates import month_number
from bot.extract.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from bot.lazy_patterns import lazy_pattern

ORDERED = lazy_pattern(
    r"\b(?:was|were|been|is|are)[ ](?:renewed|ordered|greenlit|green-lit|commissioned|"
    r"cancell?ed|picked[ ]up)(?:[ ]\w+)?(?:[ ](?:in|on|during))?$"
)
"""The month a show was renewed or announced ("and was renewed in December"), not a release."""

THAT_YEAR = lazy_pattern(
    r",?[ ](?:of[ ])?(?:that|the[ ]same|that[ ]same|the[ ]following|the[ ]previous|the[ ]next)"
    r"[ ]year\b"
)
"""A year named earlier in the text ("landed on 3 March that year"): history, not next year."""

_MONTH_YEAR = lazy_pattern(rf"\b{MONTH_PATTERN}[ ]((?:19|20)\d\d)\b", re.IGNORECASE)
YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b")
"""A year as a whole word, 1900 to 2099: "in 2024", "the 2019 film"."""


def that_months_year(sentence: str, start: int, month: int) -> str | None:
    """The year "that August" (``month``) at ``start`` points back to: the nearest year before
    it, when it closes an earlier month of its own ("began in March 2025 and wrapped that
    August"). A bare year ("in 2024"), a novel's or a departure's ("left the BBC in 2021") says
    nothing of which August, and "November 2024 ... that March" may be the next March."""
    years = list(YEAR.finditer(sentence, 0, start))
    if not years:
        return None
    dated = [
        told for told in _MONTH_YEAR.finditer(sentence, 0, start) if told.end() == years[-1].end()
    ]
    if not dated or month_number(dated[0][0].split()[0]) > month:
        return None
    return dated[0][1]


ANECDOTE_HOUR = lazy_pattern(
    r"\b(?:in[ ]the[ ](?:morning|afternoon|evening)|at[ ](?:night|dawn|dusk|midnight|sunrise|"
    r"sunset|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
    r"(?:[.:]\d{2})?)(?:[ ]?(?:am|pm|a\.m\.|p\.m\.|o['’]clock))?)"
    rf"|(?:on[ ]a|one)[ ]{WEEKDAY_PATTERN}(?:[ ](?:morning|afternoon|evening|night))?)[ ]?$"
)
"""A time of day before a month ("out on the river at six in the morning in October", "the
call came on a Sunday in March"): an anecdote's moment."""
