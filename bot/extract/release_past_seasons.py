"""A date told of an earlier season, long gone: "series three finished filming in late 2023 and
premiered on 3 October 2024", "the three series, which ran from April 2022 until the third landed
on 3 October 2024". Explainers and reviews of a new work recall the dates of the show's earlier
seasons; a date more than a year before the article, in the clause whose subject is a numbered
season or "the third", is that season's, never the article's own.
"""

from __future__ import annotations

import datetime as dt

from bot.extract.lexicon import ORDINAL_WORD
from bot.extract.release_words import SEASON_NUMBER
from bot.facts import ReleaseFact
from bot.lazy_patterns import lazy_pattern

_PAST_SEASON = lazy_pattern(
    rf"(?:\b(?:[Ss]eries|[Ss]eason)[ ](?:{SEASON_NUMBER}|\d{{1,2}})\b|"
    rf"\b[Tt]he[ ](?:{ORDINAL_WORD}|previous|last|earlier)"
    r"(?:[ ](?:series|season|run))?)"
    r"[ ](?:(?:had|was|then|also|finally|first)[ ])?"
    r"(?:premiered|landed|arrived|aired|launched|debuted|dropped|finished|wrapped|ended|"
    r"began|started|opened|streamed|came[ ]out)\b(?P<tail>[^;:!?]*)"
)
"""A numbered season (or "the third", after the series are named) as the subject of a past
release or shoot verb, with the rest of its sentence."""
_AGE_DAYS = 365


def _time_of(fact: ReleaseFact) -> tuple[dt.date, str] | None:
    """The last day the fact's time may mean, with the year as written."""
    if fact.date is not None:
        return fact.date, str(fact.date.year)
    if not fact.window:
        return None
    last = fact.window.rsplit("/", 1)[-1]
    year, _, month = last.partition("-")
    end = dt.date(int(year), int(month) if month else 12, 28)
    return end, year


def of_a_past_season(fact: ReleaseFact, ref: dt.date | None) -> bool:
    """The fact's time is more than a year before the article and written after a numbered
    season's past verb in its sentence: that season's date."""
    if ref is None or ("eason" not in fact.evidence and "eries" not in fact.evidence):
        return False
    when = _time_of(fact)
    if when is None or (ref - when[0]).days < _AGE_DAYS:
        return False
    return any(when[1] in match["tail"] for match in _PAST_SEASON.finditer(fact.evidence))


def without_past_seasons(facts: list[ReleaseFact], ref: dt.date | None) -> list[ReleaseFact]:
    """The facts, less those dating an earlier season."""
    if ref is None:
        return facts
    return [fact for fact in facts if not of_a_past_season(fact, ref)]
