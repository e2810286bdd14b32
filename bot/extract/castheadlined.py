"""An actor the headline names is no work: "STARRING ADA VALE AND TOM REED" over a dashed list
"Mira Holt – Ada Vale" puts Ada Vale's words in the headline, which
:func:`bot.extract.works.judge_credit` reads as a work's. When the list's order already made
that side the actor, and no word of it is the article's own title, the line is our casting.

A title-cased headline's list names the actors a body calls by surname alone: "Film Adds Ada
Vale, Tom Reed & Bea Lund To Cast" over "Reed will play ..." is Tom Reed. Only an item whose
start the headline marks (after a comma, "&", "and" or a casting verb) counts, and only when
exactly one such item ends in the surname."""

from __future__ import annotations

from bot.extract.castforms import Casting
from bot.extract.context import Context
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import TOKEN
from bot.extract.people import People, is_full
from bot.extract.text import Doc
from bot.extract.works import Credit
from bot.lazy_patterns import lazy_pattern


def headline_actor(
    credit: Credit, item: Casting, actor: str, work: str, context: Context
) -> Credit:
    """``credit``, or ours when the only "work" is the settled actor named in the headline."""
    if credit is not Credit.OTHER or work != actor or item.unsure or not item.outer:
        return credit
    if not is_full(actor) or context.is_ours(actor):
        return credit
    return Credit.OURS


_LISTED = lazy_pattern(
    r"(?:(?:^|,|&|\band)[ ]|\b(?:Adds|Add|Taps|Tap|Casts|Cast|Sets|Books|Lands|Enlists|Recruits|"
    rf"Nabs|Signs|Welcomes|Joins|Join)[ ])(?P<name>{TOKEN}[ ]{TOKEN})(?=[ ,&]|$)"
)


def listed_actor(mention: str, people: People, doc: Doc) -> str | None:
    """The person ``mention`` names: as :class:`People` resolves it, or else the one item of a
    title-cased headline's list of names that ends in it."""
    found = people.resolve(mention) or people.expand(mention)
    if found is not None or is_full(mention) or doc.title_para is None:
        return found
    title = doc.paras[doc.title_para]
    headline = doc.masked[title.start : title.end]
    if mention not in headline:
        return None
    names = {m["name"] for m in _LISTED.finditer(headline) if m["name"].endswith(" " + mention)}
    if len(names) != 1:
        return None
    name = names.pop()
    return None if any(t in STOP_TOKENS for t in name.split()) else name
