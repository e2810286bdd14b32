"""A listings page written for the day its headline gives, ahead of that day.

A TV guide's page for one evening is often published the day before, and its headline names
the evening, the pick and its slot ("Sunday 11 May: Gorsemoor, ITV1, 9pm", "Tonight's TV,
Friday 8 May: The Pewter Club, BBC Two, 8.30pm"; invented examples). Its text then speaks from
that evening: "which begins tonight" is the headline's day, not the page's date. So when the
headline opens on a weekday and a date a few days after the page's date, before a colon, and
gives an hour, the page's days are counted from the headline's day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.extract.dates import month_number, safe_date
from bot.extract.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_HEADED = lazy_pattern(
    rf"(?:[^:\n]{{0,40}}?[ ,|–—]+)?{WEEKDAY_PATTERN}[ ](?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ ]"
    rf"(?P<month>{MONTH_PATTERN}):[ ](?P<rest>[^\n]+)"
)
"""A headline that opens on a day, before a colon: "Sunday 11 May: Gorsemoor, ITV1, 9pm"."""
_HOUR = lazy_pattern(r"(?:,[ ]|[ ]at[ ]|\()\d{1,2}(?:[.:]\d{2})?[ ]?[ap]m\)?[ ]*$")
"""The slot's hour, ending the headline after a comma, "at" or a bracket, which makes the
headline a listing's: ", 9pm", "(ITV1, 8.30pm)", "at 9pm" (not "her 9pm ritual")."""
_AHEAD = dt.timedelta(days=7)
"""How far ahead of its day a guide's page is published."""


def headed_day(doc: Doc) -> Doc:
    """``doc``, dated on its headline's day when it is a listing's page for that day."""
    if doc.title_para is None or doc.date is None:
        return doc
    title = doc.paras[doc.title_para]
    found = _HEADED.match(doc.text, title.start, title.end)
    if found is None or _HOUR.search(found["rest"]) is None:
        return doc
    month = month_number(found["month"])
    year = doc.date.year + 1 if month < doc.date.month - 6 else doc.date.year
    day = safe_date(year, month, int(found["day"]))
    if day is None or not doc.date < day <= doc.date + _AHEAD:
        return doc
    return replace(doc, date=day)
