"""The dates and the windows a sentence's chunk gives of the article's own film, for
:func:`bot.extract.release.find_release`: each match is read by the verb before it
(:func:`.dated`, :func:`.windowed`), unless it is speculation, another work's, a later step of
the release, a book's, a news piece's, an offset, set aside or a shoot's season.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.release_carried_years import carried_month, carried_year
from bot.extract.release_dates import dated, windowed
from bot.extract.release_dropped import set_aside
from bot.extract.release_gone_months import month_gone
from bot.extract.release_news_objects import news_put_out
from bot.extract.release_offsets import offset_verb
from bot.extract.release_parts import of_a_book
from bot.extract.release_planned_runs import run_to_end
from bot.extract.release_pronoun_works import told_of_another
from bot.extract.release_quoted import in_a_title
from bot.extract.release_reasoned_facts import speculated
from bot.extract.release_shoot_seasons import shoot_season
from bot.extract.release_spent_verbs import verb_spent
from bot.extract.release_widenings import widened
from bot.extract.release_window_matches import date_matches, window_matches
from bot.extract.text import Doc
from bot.facts import ReleaseFact


def chunk_dates(doc: Doc, chunk: str, evidence: str, context: Context) -> Iterator[ReleaseFact]:
    """The days ``chunk`` dates (a premiere, a shoot's start or end), year carried from before."""
    for match in date_matches(chunk):
        if (
            speculated(chunk, match.start())
            or told_of_another(doc, chunk, match.start(), evidence, context)
            or widened(chunk, match.start())  # "widens its release on 17 April": a later step
            or of_a_book(chunk, match.start())
            or news_put_out(chunk, match.start())  # "the statement Lumen released on Friday"
            or offset_verb(chunk, match.start())
            or set_aside(chunk, match.start(), match.end())
            or shoot_season(chunk, match.start())  # "will shoot in Polwick this summer"
        ):
            continue
        fact = dated(doc.date, chunk, match, evidence, context)
        if fact is not None:
            yield carried_year(
                chunk, match, fact, doc.date
            )  # "began 3 May 2024 and wrapped on 9 July"


def chunk_windows(doc: Doc, chunk: str, evidence: str, context: Context) -> Iterator[ReleaseFact]:
    """The windows ``chunk`` gives (a month, a season, a year), month carried from before."""
    for index, match in enumerate(matches := window_matches(chunk)):
        if (
            chunk.startswith(("’s ", "'s "), match.end())  # "this year's festival": the event's
            or in_a_title(chunk, match.start())  # (“The Frost Almanac”): a work's name
            or speculated(chunk, match.start())
            or told_of_another(doc, chunk, match.start(), evidence, context)
            or widened(chunk, match.start())  # "widens its release on 17 April": a later step
            or of_a_book(chunk, match.start())
            or news_put_out(chunk, match.start())
            or set_aside(chunk, match.start(), match.end())
            or shoot_season(chunk, match.start())  # "will shoot in Polwick this summer"
        ):
            continue
        fact = run_to_end(chunk, match, windowed(doc.date, chunk, match, evidence, context))
        spent = fact is not None and verb_spent(chunk, matches[:index], match.start(), fact)
        if fact is not None and not spent and not month_gone(doc.date, chunk, match, fact):
            yield carried_month(chunk, match, fact, doc)  # "began in May 2025, wrapped in June"
