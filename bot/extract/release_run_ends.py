"""The date a series' run ends, not the day it starts: "premieres on 3 May with two episodes,
then weekly through the finale on 14 June", "new episodes drop weekly until 21 June", "the
season finale airs on 9 August". The premiere is the run's first day; the last episode's date
is no release date of its own.
"""

from __future__ import annotations

from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_RUN_HINT = ("episode", "weekly", "season", "series")
_RUN_END = lazy_pattern(
    r"\b(?:finale|final[ ]episode|last[ ]episode)"
    r"(?:[ ](?:airs|drops|lands|arrives|streams|is|comes))?[ ,(]*(?:on[ ])?$"
)
"""Words just before a date that name the last episode: "the finale on", "finale airs"."""
_WEEKLY_UNTIL = lazy_pattern(r"\b(?:through|thru|until|till)[ ](?:on[ ])?$")
"""Weekly episodes "through" or "until" a date: the run's end (only after "weekly")."""
_LOOK_BACK = 48


def run_end(fact: ReleaseFact | None, chunk: str, start: int) -> ReleaseFact | None:
    """No premiere date from the day a run of episodes ends (the date starts at ``start``)."""
    if fact is None or fact.kind is not ReleaseKind.PREMIERE_DATE:
        return fact
    lower = chunk.lower()
    if not any(word in lower for word in _RUN_HINT):
        return fact
    back = max(start - _LOOK_BACK, 0)
    if _RUN_END.search(lower, back, start) is not None:
        return None
    weekly = "weekly" in lower[:start] and _WEEKLY_UNTIL.search(lower, back, start) is not None
    return None if weekly else fact
