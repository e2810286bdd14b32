"""The premiere day of a day-by-day guide's pick, from the day heading above it.

A guide that runs day by day heads each day ("SUNDAY 3 MAY", "What's on Saturday 2 May |
Compiled by the guide desk"), labels its pick on a line of its own ("PICK OF THE DAY") over the
work's name, and under that gives a where line with the hour and channel only ("9pm, ITV1 and
ITVX", "ITV1, 8.30pm"; invented examples). When the headline names that work, the page is
about it, and the day heading above its label is the day it starts. A where line that gives a
day of its own is left to :mod:`.release_guide_picks`; an entry with no pick label, or a pick the
headline does not name, is dated by nothing here.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.dates import month_number, safe_date
from bot.extract.lexicon import MONTH_NAME
from bot.extract.page_entries import where_line
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_LABEL = re.compile(
    r"(?i)[ ]*(?:today[’']s[ ]|tonight[’']s[ ]|our[ ])?pick[ ]of[ ]the[ ](?:day|night|week"
    r"|weekend)[ ]*:?[ ]*"
)
"""A pick's label on a line of its own: "PICK OF THE DAY", "Today's pick of the day"."""
_HEADING = re.compile(
    rf"(?i)[ ]*(?:what[’']s[ ]on[ ](?:tv[ ])?(?:on[ ])?)?{_WEEKDAY}[ ](?P<day>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?[ ](?P<month>{MONTH_NAME})[ ]*(?:[|–—][^\n]{{0,80}})?"
)
"""A day's heading: "SUNDAY 3 MAY", "What's on Saturday 2 May | Compiled by ..."."""
_DAYED = re.compile(rf"(?i)\b(?:{_WEEKDAY}|today|tonight|tomorrow)\b")
_TIME = re.compile(r"[ ]*(?P<time>\d{1,2}(?:[.:]\d{2})?[ ]?[ap]m),[ ](?P<rest>[^\n]+)")
"""A where line that opens on the hour: "9pm, ITV1 and ITVX" (read as "ITV1 and ITVX, 9pm")."""
_AHEAD = dt.timedelta(days=120)
_BEHIND = dt.timedelta(days=7)
"""How far from the page's date a heading's day may fall (a guide's days are near)."""


def with_guide_day(doc: Doc, release: list[ReleaseFact]) -> list[ReleaseFact]:
    """``release`` and, when it serves no premiere day, the guide pick's (see above)."""
    if any(fact.kind is ReleaseKind.PREMIERE_DATE and fact.served for fact in release):
        return release
    return release + guide_heading_day(doc)


def guide_heading_day(doc: Doc) -> list[ReleaseFact]:
    """The premiere of the labelled pick the headline names, from the day heading above it."""
    if doc.title_para is None or doc.date is None:
        return []
    headline = doc.paras[doc.title_para]
    named = doc.text[headline.start : headline.end].lower()
    paras = doc.paras
    for label, name, where in zip(paras, paras[1:], paras[2:], strict=False):
        if label.para <= doc.title_para or not _LABEL.fullmatch(doc.text, label.start, label.end):
            continue
        title = doc.text[name.start : name.end].strip().lower()
        if not 1 < len(title) <= 60 or not _names(named, title):
            continue
        line = doc.text[where.start : where.end].strip()
        if _DAYED.search(line) is not None or not where_line(_hour_last(line)):
            return []
        day = _heading_day(doc, doc.title_para + 1, label.para, doc.date)
        if day is None:
            return []
        shown = doc.text[name.start : name.end].strip()
        facts = [ReleaseFact(ReleaseKind.PREMIERE_DATE, line, date=day)]
        if re.search(rf":[ ]+{re.escape(title)},[ ]", named) is not None:
            facts.append(ReleaseFact(ReleaseKind.TITLE, shown, title=shown))
        return facts
    return []


def _hour_last(line: str) -> str:
    """A where line with its opening hour moved after the channel ("9pm, ITV1" as "ITV1, 9pm")."""
    opens = _TIME.fullmatch(line)
    return f"{opens['rest']}, {opens['time']}" if opens is not None else line


def _names(headline: str, title: str) -> bool:
    """Whether ``headline`` (in lower case) names ``title`` (in lower case) as whole words."""
    return re.search(rf"(?<!\w){re.escape(title)}(?!\w)", headline) is not None


def _heading_day(doc: Doc, after: int, before: int, today: dt.date) -> dt.date | None:
    """The day the nearest day heading between paragraphs ``after`` and ``before`` gives, near
    ``today``."""
    for para in reversed(doc.paras[after:before]):
        found = _HEADING.fullmatch(doc.text, para.start, para.end)
        if found is None:
            continue
        day = safe_date(today.year, month_number(found["month"]), int(found["day"]))
        return day if day is not None and today - _BEHIND <= day <= today + _AHEAD else None
    return None
