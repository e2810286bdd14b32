"""A release the maker says is "on track" for a time: its stated plan, not a guess.

"A spokesperson said the film remains “on track for 2026”", "the series is on track for spring
2027", "the film was “on track” for release next year": the time is the plan as told and is
served unhedged (words elsewhere in the sentence, "sources say", "could", still hedge it). A
part of a year ("on track for early 2027") stays a hedged window, as "expected" gives it.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

ON_TRACK = lazy_pattern(
    r"\b(?:film|movie|series|show|season|sequel|finale|feature|it)[ ]"
    r"(?:is|are|was|were|remains|remained)[ ](?:still[ ]|now[ ])?[“\"‘']?on[ ]track[”\"’']?"
    r"(?:[ ]for(?:[ ](?:a|its))?(?:[ ](?:release|launch|premiere))?)?(?:[ ](?:in|for|by))?[ ]*$"
)
"""The work's own verb up to the time: "the film is on track for", "the show remained “on
track” for release in"."""


def on_track(before: str) -> bool:
    """The words before the time (``before``) say the work is on track for it."""
    return ON_TRACK.search(before) is not None


_SEASONS = frozenset({("03", "05"), ("06", "08"), ("09", "11")})


def year_part(window: str) -> bool:
    """A span inside one year that is no season: "2027-01/2027-04" (early 2027), "2027-09/2027-12"
    (late 2027); not "2027-03/2027-05" (spring) or a whole year or month."""
    first, span, last = window.partition("/")
    return bool(span) and first[:4] == last[:4] and (first[5:], last[5:]) not in _SEASONS
