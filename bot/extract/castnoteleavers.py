"""Leavers named in a dashed pair's note, for :mod:`bot.extract.castorder`.

"Mira Holt – Ada Vale (taking over from Lena Moss)" names Lena Moss as the part's former actor,
but which side of the dash is the part is for the list to settle. Such a leaver is read with
the side after the dash as the part only for now: it is no evidence of the pair's order (it
came from the pair itself), and once the pair is settled it follows the pair's part; when the
pair is held, so is the leaver.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.castforms import Casting
from bot.facts import CastStatus


def pair_notes(raw: list[Casting]) -> set[int]:
    """The indexes of the leavers that a bracketed or dashed pair's own note names."""
    pairs = [r for r in raw if r.flexible and r.outer]
    return {
        index
        for index, item in enumerate(raw)
        if item.status is CastStatus.FORMER and not item.flexible and _within(item, pairs)
    }


def _within(item: Casting, pairs: list[Casting]) -> Casting | None:
    """The pair whose stretch holds ``item``'s and one of whose sides is its part."""
    for pair in pairs:
        inside = pair.start < item.start and item.end <= pair.end
        if inside and item.character in (pair.actor, pair.character):
            return pair
    return None


def unnoted(raw: list[Casting]) -> list[Casting]:
    """The castings of plain forms, without the leavers that pairs' notes name."""
    noted = pair_notes(raw)
    return [r for i, r in enumerate(raw) if not r.flexible and i not in noted]


def follow_pairs(kept: list[Casting], notes: set[int]) -> list[Casting]:
    """``kept`` with each note's leaver given its settled pair's part (held with a held pair)."""
    if not notes:
        return kept
    pairs = [r for r in kept if r.outer]
    followed = list(kept)
    for index in notes:
        item = kept[index]
        pair = _within(item, pairs)
        if pair is not None and pair.unsure:
            followed[index] = replace(item, unsure=True)
        elif pair is not None and not pair.flexible:
            followed[index] = replace(item, character=pair.character)
    return followed
