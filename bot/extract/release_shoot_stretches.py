"""A stretch of a shoot booked for a time ("two weeks on the moor scheduled for August", "a week of
night work earmarked for the autumn"): days, weeks or nights of filming somewhere are the
schedule's, so the time is when the crew works there, never the production's release. A run in
cinemas, a preview, a premiere or an opening night booked for a time is no stretch of a shoot."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_BOOKED = ("pencil", "earmarked", "booked", "scheduled", "planned", "set for")
_STRETCH = lazy_pattern(
    r"(?<!opening[ ])(?<!closing[ ])(?<!first[ ])(?<!gala[ ])(?<!press[ ])"
    r"\b(?:days?|weeks?|fortnight|nights?)\b(?!-)[ ](?:in|at|on|of|around|near|by|with)[ ]"
    r"(?:(?!cinemas?|theatres?|screenings?|previews?|release|premieres?|festivals?|sale|"
    r"run\b|tour\b)[^,;.]){0,40}?"
    r"[ ](?:(?:is|are|was|were|been|has[ ]been|have[ ]been)[ ])?"
    r"(?:(?:pencil+ed[ ]in|earmarked|booked|scheduled|planned)[ ](?:for[ ])?|set[ ]for[ ])"
    r"(?:[\w’'-]+[ ]){0,3}$"
)
"""Days, weeks or nights somewhere, then booked for the time right after: "days on the coast
pencilled in for later in the", "two weeks in Hull scheduled for"; not "a week-long run in
cinemas is booked for", "its opening night is booked for"."""


def shoot_stretch(chunk: str, start: int) -> bool:
    """The time at ``start`` is when a stretch of the shoot is booked."""
    if not any(word in chunk for word in _BOOKED):
        return False
    return _STRETCH.search(chunk, max(start - 100, 0), start) is not None
