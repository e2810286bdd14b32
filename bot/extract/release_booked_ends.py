"""A shoot's end booked for a time, not the film's release.

"Pencilled in" reads as a release verb ("the film is pencilled in for spring"), but the end of
a shoot can be what is pencilled in: "the wrap is pencilled in for mid-June", "filming is
pencilled in to wrap in late June", "the last day of shooting is booked for 20 June". The time
is the shoot's planned end. A planned end has no kind of its own, so nothing is served from it.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_BOOKED_END = lazy_pattern(
    r"(?:\b(?:wrap|wrap[ -]day|last[ ]day[ ]of[ ](?:filming|shooting|the[ ]shoot|production)"
    r"|(?:shoot|production)[’']s[ ](?:end|last[ ]day|final[ ]day))"
    r"(?:[ ](?:is|was|has[ ]been|had[ ]been|now|currently|provisionally))*"
    r"[ ](?:pencil+ed[ ]in|booked|earmarked)"
    r"|\bpencil+ed[ ]in[ ]to[ ](?:wrap|finish|end|conclude)(?:[ ]up)?"
    r"(?:[ ](?:filming|shooting|production|the[ ]shoot))?)"
    r"(?:[ ](?:for|in|on|by|around|at|towards?))?(?:[ ](?:the|a))?"
    r"(?:[ ](?:end|close|middle)[ ]of)?[ ]?$"
)
"""The end of a shoot booked just before the time: "the wrap is pencilled in for", "filming is
pencilled in to wrap in", "the last day of filming is booked for"."""


def end_booked(before: str) -> bool:
    """The few words ``before`` a time book the shoot's end for it ("the wrap is pencilled in
    for mid-June"), so the time is not the release's."""
    return ("pencil" in before or "booked" in before or "earmarked" in before) and (
        _BOOKED_END.search(before.rstrip()) is not None
    )
