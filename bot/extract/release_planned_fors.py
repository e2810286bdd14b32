"""A shoot planned for a time, told with the plan's passive: "Filming is planned for February 2027
in Pellsby", "Shooting is scheduled for spring 2026". The shoot is the subject, so the time is
its plan; the passive is the plan's own wording, not a hedge (a release "planned for early next
year" still is: see :mod:`.release_plans`)."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.release_hedges import HEDGE

_SHOOT_PLANNED_FOR = lazy_pattern(
    r"\b(?:[Ff]ilming|[Ss]hooting|[Pp]rincipal[ ]photography)[ ](?:is|was)[ ]"
    r"(?:(?:now|currently|provisionally|tentatively)[ ])?(?:planned|scheduled)[ ]"
    r"(?:for[ ])?(?:(?:early|late|mid)[ ])?$"
)
"""The plan's words right before the time ("for" may open the time's own match): "Filming is
planned for", "Shooting is now scheduled for"."""
_REACH = 60


def shoot_planned_for(chunk: str, start: int) -> bool:
    """The time at ``start`` in ``chunk`` follows a shoot's passive plan (see above)."""
    if "planned" not in chunk and "scheduled" not in chunk:
        return False
    return _SHOOT_PLANNED_FOR.search(chunk, max(start - _REACH, 0), start) is not None


def plan_hedged(clause: str) -> bool:
    """A shoot's plan hedged by its clause's other words: the plan's own passive ("is planned
    for") hedges nothing; sources or a hope still do."""
    plan = _SHOOT_PLANNED_FOR.search(clause)
    if plan is not None:
        clause = clause[: plan.start()] + clause[plan.end() :]
    return HEDGE.search(clause) is not None
