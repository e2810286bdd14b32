"""A name after a plural staff noun and "at" is the organisation they work for.

"Analysts at Tallyhouse said ...", "Researchers from Ardent Metrics found ..." and "Staff at
the Lyric told us ..." credit the words to a firm through its unnamed staff: the capitalised
name is a company, never a person, however the article names it elsewhere ("figures from
Tallyhouse"). Read as a person, such a firm would be served as someone who spoke.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_STAFF_AT = lazy_pattern(
    r"\b(?:[Aa]nalysts|[Rr]esearchers|[Ss]taff|[Ee]xecutives|[Oo]fficials|[Ee]conomists|"
    r"[Ss]tatisticians|[Ee]xperts|[Ee]mployees|[Ss]taffers|[Bb]osses|[Ee]ditors|[Pp]rogrammers)"
    r"[ ](?:at|from)[ ](?:the[ ])?$"
)
"""A plural staff noun and its preposition right before the name ("Analysts at ")."""


def staff_employer(pre: str, name_start: int) -> bool:
    """Whether the name starting at ``name_start`` in ``pre`` follows "Analysts at" or kin."""
    return _STAFF_AT.search(pre, max(name_start - 40, 0), name_start) is not None
