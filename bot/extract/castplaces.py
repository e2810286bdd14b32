"""A place, then a work's title in brackets, for :mod:`bot.extract.castforms`.

"Her debut was set in East Harrow (Tallow)", "films about a nurse from Port Elvan (Saltmarrow)
and a student at Grey Weir (Copper Sky)": the name before the bracket is a place and the bracket
a title, so "Name (Word)" there is no actor and part, nor is "a murder in Elvan (Grey Wend)".
A person found "in" someone keeps the reading ("she finds an ally in Kai Lund (Nell)"): the
place reading needs "set in", or a sentence on what works are about.
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_PLACED = lazy_pattern(
    r"(?:\bset[ ]in|\b(?:a|an)[ ](?:[\w’'-]+[ ]){1,3}?(?:in|from|at|of|near))[ ]$"
)
"""A work's subject and its place just before "Place (Title)": "set in ", "a nurse from "."""
_SUBJECT = lazy_pattern(r"\b(?:about|follows?|following|set[ ]in|story[ ]of|tale[ ]of)\b")
"""A sentence telling what works are about: "films about a nurse in Place (Title)"."""


def placed_title(chunk: str, start: int) -> bool:
    """The "Name (Word)" at ``start`` is a place then a title: "set in" just before it, or "a
    <someone> in|from|at|of" in a sentence on what works are about."""
    before = chunk[max(0, start - 60) : start]
    placed = _PLACED.search(before)
    if placed is None:
        return False
    return before[placed.start() :].startswith("set") or bool(_SUBJECT.search(chunk, 0, start))


def unplaced(
    chunk: str, pattern: re.Pattern[str], *, part_first: bool = False
) -> list[re.Match[str]]:
    """The matches of ``pattern`` ("Name (Word)") in ``chunk`` that are not a place then a title.
    With ``part_first`` ("Part (Actor Name)"), a place is one word only ("a murder in Elvan (Grey
    Wend)"; "a voicemail from Mira Holt (Ada Vale)" keeps its pair)."""
    return [
        m
        for m in pattern.finditer(chunk)
        if (part_first and " " in m["char"]) or not placed_title(chunk, m.start())
    ]
