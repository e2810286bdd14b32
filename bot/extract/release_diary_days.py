"""A diary's entries, each under a day heading: "today" is the heading's day.

A set diary or a festival log is published at its end but written day by day, each entry under
a line naming its day ("Tuesday 3 June – day one, a car park in Hull", "Friday 27 June – wrap";
invented examples). "Filming began today" under the first heading is 3 June, not the page's
date. So in a page with two or more such headings, a day named from "today" (today, tonight,
yesterday, tomorrow, this morning) in a paragraph under a heading is counted from the heading's
day. A single dated line is not a diary (it may be a caption or a listing), and a day named by
its weekday ("on Friday") is left as the sentence dates it.

An entry may also open on its day in a short first sentence ("Monday 2 June, week one. Filming
starts today ..."), its later entries labelled only by week or day ("Week two.", "Day three:").
One such dated opening with one such label already makes a diary, and its "today" in the
same paragraph is the opening's day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from bot.extract.dates import month_number, safe_date
from bot.extract.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from bot.extract.page_memos import once_per_doc
from bot.extract.season_windows import latest_year
from bot.extract.text import Doc
from bot.facts import ReleaseFact
from bot.lazy_patterns import lazy_pattern

_HEADING = lazy_pattern(
    rf"[ ]*{WEEKDAY_PATTERN},?[ ](?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ ](?P<month>{MONTH_PATTERN})"
    r"(?:[ ]+[–—-][ ]+[^.!?\n]{1,60})?[ ]*$"
)
"""A paragraph that is only a day, maybe with a short label after a dash: "Tuesday 3 June",
"Friday 27 June – wrap"; not a sentence that starts with a day."""
_ENTRY_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
"""An entry's number, in figures or words: "week 2", "day three"."""
_OPENING_DAY = lazy_pattern(
    rf"[ ]*{WEEKDAY_PATTERN},?[ ](?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ ](?P<month>{MONTH_PATTERN})"
    rf",[ ](?:week|day)[ ]{_ENTRY_NUMBER}\.[ ]"
)
"""A paragraph opening on its entry's day and number: "Monday 2 June, week one. Call time 6am"."""
_LABEL = lazy_pattern(
    rf"[ ]*(?:Week|Day)[ ]{_ENTRY_NUMBER}\b"
    r"[^.!?:\n]{0,30}[.:]"
)
"""A later entry labelled only by its number: "Week two.", "Day three, Hull:"."""
_WORD_DAY = lazy_pattern(
    r"\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Tt]his[ ](?:morning|afternoon|evening))\b"
)
_SPAN = dt.timedelta(days=366)
"""How far back a diary's first entry may lie before its page's date."""


@once_per_doc
def _heading_days(doc: Doc) -> dict[int, dt.date]:
    """Each diary entry's first paragraph and its day, when the page has at least two; read
    once per article, not for each dated sentence (its readers never change it)."""
    if doc.date is None:
        return {}
    days: dict[int, dt.date] = {}
    labels = 0
    for index, para in enumerate(doc.paras):
        if index == doc.title_para:
            continue
        labels += _LABEL.match(doc.text, para.start, para.end) is not None
        found = _HEADING.match(doc.text, para.start, para.end)
        first = index + 1  # the first paragraph the entry covers: the one below a heading line
        if found is None or found.end() != para.end:
            found = _OPENING_DAY.match(doc.text, para.start, para.end)
            first = index  # or its own, after a dated first sentence
        if found is None:
            continue
        month = month_number(found["month"])
        day = safe_date(latest_year(month, doc.date), month, int(found["day"]))
        if day is not None and doc.date - _SPAN < day <= doc.date:
            days[first] = day
    return days if len(days) + labels >= 2 else {}


def diary_dated(doc: Doc, para: int, facts: Sequence[ReleaseFact]) -> list[ReleaseFact]:
    """``facts`` of a sentence in paragraph ``para``, a day counted from "today" moved to the
    diary heading's day above it (a page that is no diary keeps its facts as they are)."""
    if doc.date is None or not any(f.derived and f.date for f in facts):
        return list(facts)
    days = _heading_days(doc)
    above = [index for index in days if index <= para]
    if not above:
        return list(facts)
    shift = days[max(above)] - doc.date
    return [
        replace(fact, date=fact.date + shift)
        if fact.derived and fact.date is not None and _WORD_DAY.search(fact.evidence)
        else fact
        for fact in facts
    ]
