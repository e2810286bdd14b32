"""Parts for recasts that name none, for :mod:`bot.extract.cast`: a takeover's part from its
new actor's part elsewhere, a leaver's from its successor, and a takeover's from the leaver just
before it ("X, who was cast as Mira, has left the film. Y takes over the role.").

For the last, only the casting straight before the takeover counts, only when it is a
departure with a part, and only when the takeover follows it closely (the next sentence):
anything further names no part at all.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.castforms import Casting
from bot.extract.people import People
from bot.facts import CastStatus

_NEXT_LEAVER = 160
"""How far after the leaver's part a takeover may start to inherit it."""


def predecessor_part(raw: list[Casting], index: int) -> str:
    """The part of the departure just before the takeover ``raw[index]``, else ""."""
    item = raw[index]
    if not item.takeover or index == 0:
        return ""
    before = raw[index - 1]
    if before.status is not CastStatus.FORMER or not before.character:
        return ""
    if before.evidence == item.evidence or item.start - before.end > _NEXT_LEAVER:
        return ""
    return before.character


_NEXT_SENTENCE = 120
"""How far after a recast a leaver without a part may follow it, to take its part."""


def successors_parts(raw: list[Casting], people: People) -> list[Casting]:
    """ "Merriman took over the part from Leclère": the part is the one Merriman plays here.

    A takeover that names no part (and nothing before it in the sentence did) gets its new
    actor's part from elsewhere in the article; its leaver gets the same part.
    """
    if all(r.character for r in raw):
        return raw
    parts = {people.resolve(r.actor): r.character for r in raw if r.character}
    parts.pop(None, None)  # an actor no one resolves ("the Norwegian actor") lends no part
    filled: list[Casting] = []
    for index, item in enumerate(raw):
        part = item.character
        if not part and item.status is CastStatus.CURRENT:
            part = parts.get(people.resolve(item.actor), "") or predecessor_part(raw, index)
        elif not part:
            successor = _successor(raw, index)
            part = parts.get(people.resolve(successor.actor), "") if successor else ""
        if part:
            filled.append(replace(item, character=part))
    return filled


def _successor(raw: list[Casting], index: int) -> Casting | None:
    """Who took over from the leaver ``raw[index]``, named without a part: the new actor of the
    same phrasing, else the takeover before it in the sentence (else after it: "X left the film
    and Y took over as Mira"), else the takeover that opens the next sentence when that one
    names no leaver ("X has left the film. Y takes over ...")."""
    item = raw[index]
    if index > 0 and raw[index - 1].end == item.end:
        return raw[index - 1]
    before = [r for r in raw[:index] if r.evidence == item.evidence and r.takeover]
    if before:
        return before[-1]
    if index > 0 and raw[index - 1].takeover and item.start - raw[index - 1].end < _NEXT_SENTENCE:
        return raw[index - 1]  # "Mira, now played by Ada Vale: ... X was originally cast but left"
    after = [r for r in raw[index + 1 :] if r.evidence == item.evidence and r.takeover]
    if after:
        return after[0]
    later = [r for r in raw[index + 1 :] if r.evidence != item.evidence]
    if later and later[0].takeover:
        following = [r for r in later if r.evidence == later[0].evidence]
        if not any(r.status is CastStatus.FORMER for r in following):
            return later[0]
    return None
