"""A player named with their part, then come or arrived: "Nia Obi, who plays Wren Vale, arrived on
Wednesday", "Nia Obi, who plays Wren's aunt, Edda Vale, arrived today" (the part glossed by
its name), "Tom Reed, who stars as the harbourmaster, arrives on Monday", "Tom Reed, who plays
the harbourmaster, arriving at a cottage near the green on Monday". The "who plays" aside makes
the subject a person, so the day is their arrival on set, not the work's release. So does a
person seen arriving: "locals reported seeing Nia Obi arriving at the hotel on Monday", "Tom
Reed was spotted arriving at the station on Tuesday". So do the production or its crew
arriving ("The production arrived on Monday": the unit on location), and two people arriving
together at a named place ("Ana Ruiz and Tom Reed arrive hand in hand at the Regal on
Tuesday": guests at an event).
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_ARRIVES = (
    r"(?:arrived|arrives|arriving|arrive|came|comes|coming|landed|lands|turned[ ]up|"
    r"turns[ ]up|joined|joins)(?:[ ](?:on[ ]set|on[ ]location|at[ ]the[ ]\w+))?"
    r"(?:[ ](?:at|outside|near)[ ][^,;.]{1,60}?)?(?:[ ](?:on|at))?$"
)
_PLAYER = lazy_pattern(
    r",[ ]who[ ](?:plays|played|stars[ ]as|starred[ ]as|portrays|voices)[ ][^,;]*"
    r"(?:,[ ][A-Z][^,;]*)?,[ ]"
    r"(?:(?:has|have|had|was|were|is|are|will)[ ])?(?:then[ ]|also[ ]|first[ ])?" + _ARRIVES
)
_SEEN = lazy_pattern(
    r"\b(?:seeing|saw|seen|spotted|photographed|pictured|snapped|glimpsed)[ ]"
    r"(?:(?:[A-Z][\w’'-]*[ ]){0,3}[A-Z][\w’'-]*(?:,[ ]who[ ][^,;]*,)?[ ])?" + _ARRIVES
)
_UNIT = lazy_pattern(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ ](?:(?:film|production|camera|shooting)[ ])?"
    r"(?:production|crew|unit|circus)[ ](?:(?:has|had|was|were|is|are|will)[ ])?"
    r"(?:then[ ]|also[ ]|first[ ])?" + _ARRIVES
)
_PAIR = lazy_pattern(
    r"\b[A-Z][\w’'-]*[ ](?:[A-Z][\w’'-]*[ ]){0,2}and[ ](?:[A-Z][\w’'-]*[ ]){1,3}"
    r"arrive(?:[ ][a-z]+){0,3}?[ ]at[ ](?:the[ ])?[A-Z][^,;.]{0,60}?(?:[ ](?:on|at))?$"
)
"""Two named people arriving together at a named place (the plural verb makes them people)."""


def player_arrives(chunk: str, clause: str) -> bool:
    """The ``clause`` before a date in ``chunk`` is a player's arrival, the player named with
    their part or seen arriving."""
    if not (told := clause.strip()) or ("arriv" not in chunk and ", who " not in chunk):
        return False
    end = chunk.find(told)
    if end < 0:
        return False
    return (
        _PLAYER.search(chunk, 0, end + len(told)) is not None
        or _SEEN.search(chunk, 0, end + len(told)) is not None
        or _UNIT.search(chunk, 0, end + len(told)) is not None
        or _PAIR.search(chunk, 0, end + len(told)) is not None
    )
