"""A release window told as a plan after it: "A 2026 release is being planned", "an autumn
launch on the channel is planned". The plan is not yet a fixed release, so the window is hedged,
as "is planned for early next year" is before it."""

from __future__ import annotations

from dataclasses import replace

from bot.extract.release_shoot_slots import shoot_slotted
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_PLANNED_AFTER = lazy_pattern(
    r"[ ](?:release|premiere|launch|debut|bow|broadcast|airing)\b[^.;,!?]{0,40}?"
    r"[ ](?:is|are)[ ](?:being[ ]|now[ ]|currently[ ])?planned\b"
)
_RELEASE_AFTER = lazy_pattern(
    r"[ ](?:release|premiere|launch|debut|bow)[ ](?:is[ ]|being[ ])?(?:planned|pencil+ed[ ]in|"
    r"eyed|targeted|expected|hoped[ ]for|mooted)\b"
)
_WITH_A = lazy_pattern(r"\bwith[ ](?:an?|its)[ ](?:\w+[ ]){0,2}?$")
"""A plan told after the time: "with a 2027 release planned", "a 2028 premiere pencilled in"."""


def planned_after(fact: ReleaseFact | None, chunk: str, end: int) -> ReleaseFact | None:
    """The window hedged when the release it qualifies is said to be planned; a year the
    shoot's plan reads ends with "with a 2027 release planned": the release's, hedged."""
    if (
        fact is not None
        and fact.kind is ReleaseKind.FILMING_PLANNED
        and fact.window is not None
        and "with " in chunk
        and _RELEASE_AFTER.match(chunk, end)
        and _WITH_A.search(chunk, max(0, end - 40 - len(fact.window)), end - len(fact.window))
    ):
        return replace(fact, kind=ReleaseKind.WINDOW, hedged=True)
    fact = shoot_slotted(fact, chunk, end)  # "with filming pencilled in for autumn 2027"
    if fact is None or fact.kind is not ReleaseKind.WINDOW or fact.hedged:
        return fact
    if _RELEASE_AFTER.match(chunk, end) is not None:
        return replace(fact, hedged=True)  # "a 2028 premiere pencilled in"
    if "planned" not in chunk or _PLANNED_AFTER.match(chunk, end) is None:
        return fact
    return replace(fact, hedged=True)
