"""Times in a sentence that date something other than a release or a shoot: the month a show
was renewed, a year named before ("that year"), an anecdote's hour. Read by
:mod:`bot.extract.release_dates` before it classifies a date or window as a release fact.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import WEEKDAY_PATTERN

ORDERED = re.compile(
    r"\b(?:was|were|been|is|are)[ ](?:renewed|ordered|greenlit|green-lit|commissioned|"
    r"cancell?ed|picked[ ]up)(?:[ ]\w+)?(?:[ ](?:in|on|during))?$"
)
"""The month a show was renewed or announced ("and was renewed in December"), not a release."""

THAT_YEAR = re.compile(
    r",?[ ](?:of[ ])?(?:that|the[ ]same|that[ ]same|the[ ]following|the[ ]previous|the[ ]next)"
    r"[ ]year\b"
)
"""A year named earlier in the text ("landed on 3 March that year"): history, not next year."""

ANECDOTE_HOUR = re.compile(
    r"\b(?:in[ ]the[ ](?:morning|afternoon|evening)|at[ ](?:night|dawn|dusk|midnight|sunrise|"
    r"sunset|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
    r"(?:[.:]\d{2})?)(?:[ ]?(?:am|pm|a\.m\.|p\.m\.|o['’]clock))?)"
    rf"|(?:on[ ]a|one)[ ]{WEEKDAY_PATTERN}(?:[ ](?:morning|afternoon|evening|night))?)[ ]?$"
)
"""A time of day before a month ("out on the river at six in the morning in October", "the
call came on a Sunday in March"): an anecdote's moment."""
