"""Which part a leaver told with no part of their own takes, for :func:`castforms.fill_parts`.

The part named last before them, unless that part was told in brackets inside an aside after
an earlier casting: "Hedra Yarrow will play Senara, a baker Cadan Brede (Lowen Tavy) hires one
summer, replacing Kerra Dace" - Dace left Senara (the successor's part), not Cadan Brede.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.facts import CastStatus

if TYPE_CHECKING:
    from bot.extract.castforms import Casting


def leaver_part(casting: Casting, before: Sequence[Casting]) -> Casting | None:
    """The casting whose part ``casting`` (no part of its own) takes, or None."""
    if not before:
        return None
    last = max(before, key=lambda c: c.start)
    if casting.status is not CastStatus.FORMER or not last.flexible:
        return last
    told = [c for c in before if not c.flexible and c.end and c.end <= last.start]
    return max(told, key=lambda c: c.start) if told else last
