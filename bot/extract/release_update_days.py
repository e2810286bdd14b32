"""An update paragraph with its own date: "today" is the update's day, not the page's.

A news page updated days after it ran labels the new paragraph with the day it was written
("UPDATE, 9 March 2026, 08:40: Cameras rolled yesterday ...", "Update (Monday 3 March): the
shoot wrapped today"; invented examples). A day counted from "today" in that paragraph, or in
one below it, is counted from the update's day; and a start the update's first sentence tells
(past its page's date) is a start, not a plan. Only a day in the label after the page's date
(an update is written later) and within a year of it moves anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.extract.dates import month_number, safe_date
from bot.extract.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_UPDATE_DAY = lazy_pattern(
    rf"[ *]*(?:UPDATED?|Updated?)(?:[ ](?:on|ON))?[ ]?[,(]?[ ]?(?:{WEEKDAY_PATTERN},?[ ])?"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ ](?P<month>{MONTH_PATTERN})"
    rf"|(?P<month2>{MONTH_PATTERN})[ ](?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r"(?:,?[ ](?P<year>20\d\d))?[)]?"
    r"(?:,?[ ](?:at[ ])?\d{1,2}[:.]\d{2}(?:[ ]?[ap]m)?)?[)]?[ ]?[:–—-]"
)
"""An update's label with its day (in capitals or not), before a colon or a dash: "Update, 9
March 2026, 08:40:", "Update (Monday 3 March):", "Updated July 15, 2025 –", "Updated on 9
March:"."""
_SPAN = dt.timedelta(days=366)
"""How long after its page an update may be written."""


def label_day(text: str, ref: dt.date, start: int = 0, end: int | None = None) -> dt.date | None:
    """The day of a dated update's label opening ``text`` at ``start``, if after ``ref`` (the
    page's date) and within a year of it."""
    found = _UPDATE_DAY.match(text, start, len(text) if end is None else end)
    if found is None:
        return None
    month = month_number(found["month"] or found["month2"])
    year = int(found["year"]) if found["year"] else ref.year + (month < ref.month)
    day = safe_date(year, month, int(found["day"] or found["day2"]))
    return day if day is not None and ref < day <= ref + _SPAN else None


@once_per_doc
def _update_days(doc: Doc) -> dict[int, dt.date]:
    """Each dated update's paragraph and its day (read once per article)."""
    if doc.date is None or ("pdate" not in doc.text and "PDATE" not in doc.text):
        return {}
    days: dict[int, dt.date] = {}
    for index, para in enumerate(doc.paras):
        day = label_day(doc.text, doc.date, para.start, para.end)
        if day is not None:
            days[index] = day
    return days


def update_doc(doc: Doc, para: int) -> Doc:
    """``doc``, dated on the day of the dated update at or above paragraph ``para``, for the
    days its sentences count from "today" (a page with no dated update is left as it is)."""
    if doc.date is None:
        return doc
    days = _update_days(doc)
    above = [index for index in days if index <= para]
    return replace(doc, date=days[max(above)]) if above else doc
