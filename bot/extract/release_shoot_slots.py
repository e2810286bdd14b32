"""A slot booked for the shoot in a "with" phrase tacked on to a statement, or told of the shoot
in the present, not the release: "scripts are being written, with filming pencilled in for
autumn 2027", "with cameras slated for early next year", "filming is pencilled in for the
summer". The window right after it is a planned start of filming; "with a release pencilled in
for autumn 2027" stays the release's.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.lazy_patterns import lazy_pattern
from bot.facts import ReleaseFact, ReleaseKind

_SHOOT_SLOTTED = lazy_pattern(
    r"\b(?:with[ ](?:filming|shooting|the[ ]shoot|principal[ ]photography|cameras)"
    r"|(?:[Ff]ilming|[Ss]hooting|[Tt]he[ ]shoot|[Pp]rincipal[ ]photography)"
    r"[ ](?:is|has[ ]been))[ ](?:now[ ]|provisionally[ ]|tentatively[ ])?[ ]?"
    r"(?:pencil+ed[ ]in|pencil+ed|provisionally[ ](?:set|scheduled)|scheduled|slated)"
    r"[ ](?:for|to[ ](?:begin|start)(?:[ ]in)?)[ ][^,;.!?]{0,30}$"
)
"""The shoot slotted for a time: after "with" ("with filming pencilled in for"), or as a
clause's subject in the present ("told me filming is “pencilled in for the summer”"), not a
plan since gone ("was pencilled in")."""


def shoot_slotted(fact: ReleaseFact | None, chunk: str, end: int) -> ReleaseFact | None:
    """A window that ``chunk`` books for the shoot (up to ``end``, where the window ends) is a
    planned start of filming, hedged as the window was."""
    if fact is None or fact.kind is not ReleaseKind.WINDOW:
        return fact
    if _SHOOT_SLOTTED.search(chunk, 0, end) is None:
        return fact
    return replace(fact, kind=ReleaseKind.FILMING_PLANNED)
