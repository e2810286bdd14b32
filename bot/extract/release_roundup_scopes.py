"""A round-up's scope told with a release verb: "here is everything arriving on Netflix in
April 2026", "all the new shows landing in May", "what's coming to cinemas in June". That month
is the list's, not the release window of any one work on it (each item dates its own); a time
the sentence gives a work on the list ("what's coming in 2026, and X is on it, listed for early
2026") is still that work's.
"""

from __future__ import annotations

from bot.extract.dates import month_number
from bot.extract.lexicon import MONTH_NAME
from bot.lazy_patterns import lazy_pattern

_SCOPE = lazy_pattern(
    r"\b(?:[Ee]verything|[Aa]ll[ ]the[ ](?:new[ ])?(?:shows|films|movies|series|titles|dramas|"
    r"releases)|[Ww]hat(?:’s|'s|[ ]is))[ ](?:(?:that[ ])?(?:is[ ])?)?(?:new[ ](?:and[ ])?)?"
    r"(?:arriving|coming|landing|dropping|hitting|streaming|premiering|launching|out)\b"
    rf"[^,;.“”\"]{{0,40}}?[ ]in[ ](?P<month>{MONTH_NAME})\b"
)
"""What a list gathers, the release verb it shares, then the month it covers."""


def scopes_a_roundup(evidence: str, window: str | None) -> bool:
    """The month ``window`` is the one a round-up gathers by a release verb ("everything
    arriving on ... in April")."""
    if window is None or len(window) != len("2026-04"):
        return False
    return any(
        month_number(match["month"]) == int(window[5:]) for match in _SCOPE.finditer(evidence)
    )
