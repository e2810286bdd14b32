"""A stretch of a shoot booked for a time ("a few days in Leeds pencilled in for later in the
summer", "a week of night work earmarked for the autumn"): days, weeks or nights of filming
are the schedule's, so the time is when the crew works there, never the production's release."""

from __future__ import annotations

import re

_STRETCH = re.compile(
    r"\b(?:days?|weeks?|fortnight|nights?)\b[^,;.]{0,40}?[ ](?:(?:is|are|was|were|been)[ ])?"
    r"(?:pencil+ed[ ]in|earmarked|booked)[ ](?:for[ ])?(?:[\w’'-]+[ ]){0,3}$"
)
"""Days, weeks or nights, then booked for the time right after: "days in Leeds pencilled in for
later in the"."""


def shoot_stretch(chunk: str, start: int) -> bool:
    """The time at ``start`` is when a stretch of the shoot is booked."""
    if "pencil" not in chunk and "earmarked" not in chunk and "booked" not in chunk:
        return False
    return _STRETCH.search(chunk, max(start - 100, 0), start) is not None
