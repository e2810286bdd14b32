"""A takeover told of a part, not of an actor, for :mod:`bot.extract.castforms`.

"A first look at Merryn Ostle as Keverne Dace, who took over the role from Sulla Pogue": the
name that "took over" stands in a part's slot (right after "as"), so it is the part, and the one
who left it left that part; the actor before "as" plays it (that casting is left to the "X as Y"
form).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.extract.castforms import Casting


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
        if casting.start in parts and not casting.character:
            part, after = parts[casting.start]
            kept.append(replace(casting, character=part, start=after))
            continue
        kept.append(casting)
    return kept
