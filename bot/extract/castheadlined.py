"""An actor the headline names is no work: "STARRING ADA VALE AND TOM REED" over a dashed list
"Mira Holt – Ada Vale" puts Ada Vale's words in the headline, which
:func:`bot.extract.works.judge_credit` reads as a work's. When the list's order already made
that side the actor, and no word of it is the article's own title, the line is our casting."""

from __future__ import annotations

from bot.extract.castforms import Casting
from bot.extract.context import Context
from bot.extract.names import is_full
from bot.extract.works import Credit


def headline_actor(
    credit: Credit, item: Casting, actor: str, work: str, context: Context
) -> Credit:
    """``credit``, or ours when the only "work" is the settled actor named in the headline."""
    if credit is not Credit.OTHER or work != actor or item.unsure or not item.outer:
        return credit
    if not is_full(actor) or context.is_ours(actor):
        return credit
    return Credit.OURS
