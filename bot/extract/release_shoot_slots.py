"""A slot booked for the shoot in a "with" phrase tacked on to a statement, or told of the shoot
in the present, not the release: "scripts are being written, with filming pencilled in for
autumn 2027", "with cameras slated for early next year", "filming is pencilled in for the
summer". The window right after a "with" is a planned start of filming (after the present
clause, nothing); "with a release pencilled in for autumn 2027" stays the release's.
"""

from __future__ import annotations

from dataclasses import replace

from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_SHOOT_SLOTTED = lazy_pattern(
    r"\bwith[ ](?:filming|shooting|the[ ]shoot|principal[ ]photography|cameras)[ ](?:now[ ])?"
    r"(?:pencil+ed[ ]in|pencil+ed|provisionally[ ](?:set|scheduled)|scheduled|slated)"
    r"[ ](?:for|to[ ](?:begin|start)(?:[ ]in)?)[ ][^,;.!?]{0,30}$"
)
_SHOOT_TOLD = lazy_pattern(
    r"\b(?:[Ff]ilming|[Ss]hooting|[Tt]he[ ]shoot|[Pp]rincipal[ ]photography)[ ](?:is|has[ ]been)"
    r"[ ](?:now[ ]|provisionally[ ]|tentatively[ ])?[ ]?(?:pencil+ed[ ]in|scheduled|slated)"
    r"[ ](?:for|to[ ](?:begin|start)(?:[ ]in)?)[ ][^,;.!?]{0,30}$"
)
"""The shoot slotted for a time as a clause's subject in the present ("told me filming is
“pencilled in for the summer”"): the shoot's time, not the release's, but whose shoot (ours, or
a work the paragraph turned to) the clause does not say, so nothing is read from it."""


def shoot_slotted(fact: ReleaseFact | None, chunk: str, end: int) -> ReleaseFact | None:
    """A window that ``chunk`` books for the shoot (up to ``end``, where the window ends) is a
    planned start of filming, hedged as the window was."""
    if fact is None or fact.kind is not ReleaseKind.WINDOW:
        return fact
    if _SHOOT_TOLD.search(chunk, 0, end) is not None:
        return None  # "filming is pencilled in for the summer"
    if _SHOOT_SLOTTED.search(chunk, 0, end) is None:
        return fact
    return replace(fact, kind=ReleaseKind.FILMING_PLANNED)
