"""A release window told as a plan after it: "A 2026 release is being planned", "an autumn
launch on the channel is planned". The plan is not yet a fixed release, so the window is hedged,
as "is planned for early next year" is before it."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.facts import ReleaseFact, ReleaseKind

_PLANNED_AFTER = re.compile(
    r"[ ](?:release|premiere|launch|debut|bow|broadcast|airing)\b[^.;,!?]{0,40}?"
    r"[ ](?:is|are)[ ](?:being[ ]|now[ ]|currently[ ])?planned\b"
)


def planned_after(fact: ReleaseFact | None, chunk: str, end: int) -> ReleaseFact | None:
    """The window hedged when the release it qualifies is said to be planned."""
    if fact is None or fact.kind is not ReleaseKind.WINDOW or fact.hedged:
        return fact
    if "planned" not in chunk or _PLANNED_AFTER.match(chunk, end) is None:
        return fact
    return replace(fact, hedged=True)
