"""A player named with their part, then come or arrived: "Nia Obi, who plays Kit Vale, arrived on
Wednesday", "Tom Reed, who stars as the harbourmaster, arrives on Monday". The "who plays" aside
makes the subject a person, so the day is their arrival on set, not the work's release.
"""

from __future__ import annotations

import re

_PLAYER = re.compile(
    r",[ ]who[ ](?:plays|played|stars[ ]as|starred[ ]as|portrays|voices)[ ][^,;]*,[ ]"
    r"(?:(?:has|have|had|was|were|is|are|will)[ ])?(?:then[ ]|also[ ]|first[ ])?"
    r"(?:arrived|arrives|arriving|arrive|came|comes|coming|landed|lands|turned[ ]up|"
    r"turns[ ]up|joined|joins)(?:[ ](?:on[ ]set|on[ ]location|at[ ]the[ ]\w+))?(?:[ ](?:on|at))?$"
)


def player_arrives(chunk: str, clause: str) -> bool:
    """The ``clause`` before a date in ``chunk`` is a player's arrival, the player named with
    their part."""
    if ", who " not in chunk or not (told := clause.strip()):
        return False
    end = chunk.find(told)
    return end >= 0 and _PLAYER.search(chunk, 0, end + len(told)) is not None
