"""A past shoot's span that opens on a day and ends in a month: "was shot between 14 July and
September last year", "Filming ran from 14 July to September 2025". The first day is the start,
the last month the wrap. Neither the span of two days (:mod:`release_day_spans`) nor the span of
two months (:data:`FILMING_SPAN`) reads it, so without this both facts go unsaid. Only a span
already behind the article's date: one still ahead is a plan, read elsewhere or not at all."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bot.extract.dates import month_number, safe_date
from bot.extract.lexicon import MONTH_PATTERN
from bot.extract.release_words import FUTURE
from bot.extract.season_windows import latest_year
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_DAY_TO_MONTH = lazy_pattern(
    r"\b(?:between|from)[ ]"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[ ](?:of[ ])?(?P<m1>{MONTH_PATTERN})"
    rf"|(?P<n1>{MONTH_PATTERN})[ ](?P<e1>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?[ ](?P<y1>\d{{4}}))?,?[ ]"
    r"(?:and|to|until|through|into)[ ](?:(?:early|mid|late)[- ]|the[ ]end[ ]of[ ])?"
    rf"(?P<m2>{MONTH_PATTERN})(?![ ]\d{{1,2}}\b)(?:,?[ ](?P<y2>\d{{4}}))?"
    r"(?:,?[ ](?:of[ ])?(?P<rel>last|this)[ ]year)?(?![\w-])"
)
"""The span: its first day ("14 July", "July 14"), its last month, the years as written."""
_OTHER_STAGE = lazy_pattern(
    r"\b(?:post|pre)[- ]production\b|\b(?:casting|auditions?|edit|editing|rehearsals?|prep)\b",
    re.IGNORECASE,
)
"""A stage of the work that is not the shoot, told before the span: "Post-production ran from
14 July to September", "the open casting call ran from ..." (the shoot's words may be there
only as "production")."""


def day_to_month(ref: dt.date, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    """The start day and wrap month of a past shoot whose span opens on a day."""
    match = _DAY_TO_MONTH.search(chunk)
    if match is None or FUTURE.search(chunk, 0, match.start()):
        return
    if _OTHER_STAGE.search(chunk, 0, match.start()):
        return  # "Post-production ran from 14 July to September": no shoot's span
    first, last = month_number(match["m1"] or match["n1"]), month_number(match["m2"])
    if match["y2"] or match["rel"]:
        end = int(match["y2"]) if match["y2"] else ref.year - (match["rel"] == "last")
    elif match["y1"]:
        end = int(match["y1"]) + (last < first)
    else:
        end = latest_year(last, ref)
    start_year = int(match["y1"]) if match["y1"] else end - (first > last)
    day = safe_date(start_year, first, int(match["d1"] or match["e1"]))
    if day is None or (end, last) > (ref.year, ref.month) or (start_year, first) > (end, last):
        return  # a span past the article's month, or one that runs backwards: no past shoot
    yield ReleaseFact(ReleaseKind.FILMING_STARTED, evidence, date=day)
    yield ReleaseFact(ReleaseKind.FILMING_WRAPPED, evidence, window=f"{end}-{last:02d}")
