"""The named person a sentence is told according to, who speaks on after it.

"According to Reed, Vale wanted the film to feel slower. “...,” he explains.": Reed tells what
Vale wanted, so the next "he explains" is Reed going on, not Vale. Only a sentence that opens
on "According to <Name>," counts; "Vale, according to the studio, ..." keeps Vale.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_ACCORDING = lazy_pattern(
    r"[ “”\"]*According[ ]to[ ](?P<name>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*),[ ]"
)


def according_source(chunk: str) -> list[tuple[int, str]]:
    """Where and whom ``chunk`` is told according to ("According to Reed, ..."), if anyone."""
    found = _ACCORDING.match(chunk)
    return [(found.start("name"), found["name"])] if found is not None else []
