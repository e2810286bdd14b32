"""Credits read from the page as a whole rather than sentence by sentence: Q&A answers, the
lede's "X's second feature", a round-up's name headings, and a series "from" its maker."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.crewanswers import answered_credits
from bot.extract.crewasides import lede_feature
from bot.extract.crewdirectedit import directed_it
from bot.extract.crewheadings import headed_credits
from bot.extract.crewmakers import series_makers
from bot.extract.crewpairs import pair_credits
from bot.extract.people import People
from bot.extract.text import Doc
from bot.facts import CrewRole


def page_credits(
    doc: Doc, context: Context, people: People, characters: frozenset[str]
) -> list[tuple[str, CrewRole, str]]:
    """Every credit the page's layout tells, each with its evidence (``characters``: the parts
    the article casts, never a pair of producers)."""
    return [
        *answered_credits(doc, context),
        *lede_feature(doc, context),
        *headed_credits(doc, context),
        *series_makers(doc, context),
        *pair_credits(doc, people, characters),
        *directed_it(doc, context),
    ]
