"""A later step of the making told as what begins: "the edit begins in January", "post-production
starts next month", "the sound mix will begin in March". The time is that step's, in the cutting
room, not the film's arrival before an audience.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_STEP_BEGINS = lazy_pattern(
    r"\b(?:the|its|their)[ ](?:(?:picture|final|rough)[ ])?(?:edit|cut|grade|colour[ ]grade|"
    r"(?:sound[ ])?mix|post-?production|post[ ]production|scoring|dub|VFX[ ]work)[ ]"
    r"(?:begins|starts|(?:will|should|is[ ]due[ ]to|is[ ]set[ ]to)[ ](?:begin|start))"
    r"(?:[ ](?:in|on|from|by|around))?$"
)


def making_step_begins(before: str) -> bool:
    """The words ``before`` a time end on a making step beginning: "... that the edit begins"."""
    return ("egin" in before or "tart" in before) and _STEP_BEGINS.search(before) is not None
