"""Where a sentence about other works turns to ours with "but", for :mod:`bot.extract.crew`.

"Her earlier credits include the drama “Le Pont”, but “Copper Lantern”, directed by Anna Berg,
is her first feature": the other works end at ", but" when what follows opens with our own
quoted title, so the credit after it is ours. Another title after "but" ("..., but “Moorside”,
directed by X") keeps the whole sentence another work's.
"""

from __future__ import annotations

from bot.extract.clauses import outside_other_work
from bot.extract.context import Context
from bot.extract.text import View
from bot.lazy_patterns import lazy_pattern

_BUT_TITLE = lazy_pattern(r",[ ]but[ ](?P<quote>[“‘\"])(?P<name>[^”’\"]{2,80})[”’\"],[ ]")


def own_stretch(view: View, other: int, context: Context) -> tuple[str, str, list[int]] | None:
    """The sentence with the other work's stretch blanked, or None when nothing is ours.
    "The second series was directed by X, the film-maker behind the thriller Y": what comes
    before the other work (at ``other``) still credits ours; so does a ", but" clause that
    opens with our own title after it."""
    chunk, lower, starts = view.chunk, view.lower, view.starts
    turn = _BUT_TITLE.search(chunk, max(other, 0))
    if turn is not None and context.is_ours(turn["name"]):
        at = turn.start("quote")
        kept = chunk[:other] if other > 0 else ""
        blank = " " * (at - len(kept))
        return (
            kept + blank + chunk[at:],
            lower[: len(kept)] + blank + lower[at:],
            [s for s in starts if s < len(kept) or s >= at],
        )
    if other <= 0:
        return None
    return outside_other_work(chunk, lower, starts, other)
