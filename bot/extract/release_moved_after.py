"""A day told as what was once to be, then moved: "a listing saying the show would launch on 26
October; the channel moved it back a week", "it was set to open on 3 May before the studio
pushed it back". The day sits in a clause of the conditional or of a plan in the past ("would
launch on", "was due to open on"), and the sentence goes on to move it: the day is the old
plan, not the release. "It now opens on 3 May after the studio pushed it back" keeps its day: no
"would" nor past plan stands before it, so the day is where it was moved to."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_ONCE_TO_BE = lazy_pattern(
    r"\b(?:would|(?:was|were)[ ](?:due|set|scheduled|slated|supposed|meant|planned)[ ]to|"
    r"had[ ](?:it|them|the[ ][a-z]+)[ ](?:down|listed|billed|pencil+ed[ ]in)[ ](?:to|for))[ ]"
    r"(?:[a-z]+[ ]){1,4}?(?:on|from|in)[ ]$"
)
"""The plan before the day, in its own clause: "would launch on ", "was due to open in UK
cinemas on ", "had the show down to launch on "."""
_MOVED_IT = lazy_pattern(
    r"\b(?:moved|pushed|shifted|bumped|delayed|postponed|put)[ ]"
    r"(?:it|them|the[ ](?:date|launch|premiere|release|debut|show|series|film|drama|start))"
    r"(?:[ ](?:back|forward|out|off|later|earlier|by|to)\b|[ ]*[.;,]|$)"
    r"|\b(?:brought)[ ](?:it|the[ ](?:date|launch|premiere|release|debut))[ ]forward\b"
)
"""What the sentence then does to it: "moved it back a week", "pushed the launch to", "delayed
it"."""


def moved_after(chunk: str, start: int, end: int) -> bool:
    """The day from ``start`` to ``end`` is a plan once told, which the sentence then moves."""
    clause = max(chunk.rfind(",", 0, start), chunk.rfind(";", 0, start), start - 60)
    return (
        _ONCE_TO_BE.search(chunk, max(clause + 1, 0), start) is not None
        and _MOVED_IT.search(chunk, end) is not None
    )
