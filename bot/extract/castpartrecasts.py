"""A takeover told of a part, not of an actor, for :mod:`bot.extract.castforms`.

"A first look at Merryn Ostle as Keverne Dace, who took over the role from Sulla Pogue": the
name that "took over" stands in a part's slot (right after "as"), so it is the part, and the one
who left it left that part; the actor before "as" plays it (that casting is left to the "X as Y"
form).

"Ada Vale plays her brother Tom, taking over the part from Kai Lund": the takeover names no part
of its own, but the taker's "plays" just before it does; both the taker and the leaver hold it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.extract.castforms import CHAR_GROUP
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.castforms import Casting

_PLAYS_THEN_TAKES = lazy_pattern(
    rf"[ ](?:plays|is[ ]playing|will[ ]play|now[ ]plays)[ ]{CHAR_GROUP},[ ]"
    r"(?:who[ ](?:is[ ]|has[ ])?)?(?:taking|took|takes|taken)[ ]over[ ]the[ ](?:role|part)"
    r"[ ]from[ ]"
)
"""The taker's own "plays" before a takeover of "the part": "X plays her brother Tom, taking
over the part from Z"."""


def part_slot_recasts(found: list[Casting], chunk: str, offset: int) -> list[Casting]:
    """``found`` (one sentence's recasts, in order) with a takeover whose "actor" follows "as"
    read as a part: the taker dropped, the leaver given that part and starting after it."""
    kept: list[Casting] = []
    parts: dict[int, tuple[str, int]] = {}
    for casting in found:
        at = casting.start - offset
        if casting.takeover and not casting.character and chunk.endswith(" as ", 0, at):
            parts[casting.start] = (casting.actor, casting.start + len(casting.actor))
            continue  # "B as Q, who took over the role from C": Q is the part
        played = None
        if casting.takeover and not casting.character:
            played = _PLAYS_THEN_TAKES.match(chunk, at + len(casting.actor))
        if played is not None:
            parts[casting.start] = (played["char"], casting.start)
            kept.append(replace(casting, character=played["char"]))
            continue  # "X plays her brother Tom, taking over the part from Z": Tom
        if casting.start in parts and not casting.character:
            part, after = parts[casting.start]
            kept.append(replace(casting, character=part, start=after))
            continue
        kept.append(casting)
    return kept
