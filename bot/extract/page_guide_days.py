"""The premiere day of a day-by-day guide's pick, from the day heading above it.

A guide that runs day by day heads each day ("SUNDAY 3 MAY", "What's on Saturday 2 May |
Compiled by the guide desk") or opens its headline on the day ("Sunday 3 May: Gorsemoor, ITV1,
9pm"), labels its pick on a line of its own ("PICK OF THE DAY") or sets it straight under the
day heading (then only the work the headline lists first), over the work's name, and under
that gives a where line with the hour and channel only ("9pm, ITV1 and ITVX", "ITV1, 8.30pm",
an aside in brackets after it; invented examples). When the headline lists that work (as
written, where an item of its list starts: "What's on TV: Gorsemoor, ..."), the page is about
it, and when the pick's text tells a start ("Starts tonight", "this new drama", "the opening
episode"), the day heading above its label (or the headline's day) is the day it starts. A
where line that gives a day of its own is left to :mod:`.release_guide_picks`; a pick the
headline does not list, or a pick told as a later episode ("Episode three sees ...") is dated
by nothing here.
"""

from __future__ import annotations

import datetime as dt

from bot.extract.dates import month_number, safe_date
from bot.extract.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from bot.extract.page_entries import where_line
from bot.extract.release_guide_picks import near_guide_date
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_LABEL = lazy_pattern(
    r"(?i)[ ]*(?:today[’']s[ ]|tonight[’']s[ ]|our[ ])?pick[ ]of[ ]the[ ](?:day|night|week"
    r"|weekend)[ ]*:?[ ]*"
)
"""A pick's label on a line of its own: "PICK OF THE DAY", "Today's pick of the day"."""
_HEADING = lazy_pattern(
    rf"(?i)[ ]*(?:what[’']s[ ]on[ ](?:tv[ ])?(?:on[ ])?)?{WEEKDAY_PATTERN}[ ](?P<day>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?[ ](?P<month>{MONTH_PATTERN})[ ]*(?:[|–—][^\n]{{0,80}})?"
)
"""A day's heading: "SUNDAY 3 MAY", "SAT 2 MAY", "What's on Saturday 2 May | Compiled by ..."."""
_DAY_LINE = lazy_pattern(
    rf"(?im)^[ ]*{WEEKDAY_PATTERN}[ ]\d{{1,2}}(?:st|nd|rd|th)?[ ]{MONTH_PATTERN}[ ]*$"
)
"""A day heading on a line of its own (a cheap test with :data:`_HINT`)."""
_HEADLINE_DAY = lazy_pattern(
    rf"(?i)[ ]*{WEEKDAY_PATTERN}[ ](?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ ]"
    rf"(?P<month>{MONTH_PATTERN}):[ ]"
)
"""A headline that opens on its day: "Sunday 8 March: Gorsemoor, BBC One, 9pm"."""
_ASIDE = lazy_pattern(r"[ ]*\([^()]*\)[ ]*$")
"""A bracketed aside ending a where line: "(all six episodes on BBC iPlayer from 6am)"."""
_DAYED = lazy_pattern(rf"(?i)\b(?:{WEEKDAY_PATTERN}|today|tonight|tomorrow)\b")
_HINT = lazy_pattern(r"(?i)pick[ ]of[ ]the[ ]")
"""A cheap test that the page has a pick label at all (most pages have none)."""
_STARTS = lazy_pattern(
    r"(?i)\b(?:starts?|begins?|premieres?|debuts?|launch(?:es)?|first[ ]episode|opener"
    r"|new(?=[ ](?:[\w-]+[ ]){0,2}?(?:drama|series|show|thriller|comedy|documentary|film|serial"
    r"|mystery|sitcom|miniseries)\b)"
    r"|opening[ ](?:episode|instalment|night|(?:\w+[ ])?minutes)|opens[ ](?:on|with))\b"
)
"""Words of the pick's text that tell a start: "Starts tonight", "this new drama", "opens on a
drowned car"; "new" only of the work ("this new drama"), not of what happens in it ("a new
suspect emerges"), the commonest word of any episode's preview."""
_LATER = lazy_pattern(
    r"(?i)\b(?:episode[ ](?:two|three|four|five|six|seven|eight|nine|ten|\d+)|(?:second|third"
    r"|fourth|fifth|sixth|next|penultimate|final|last)[ ](?:episode|instalment|part)|finale"
    r"|concludes|continues)\b"
)
"""Words that tell the pick as a later episode: "Episode three sees ...", "the finale"."""
_ITEM_OPENS = (": ", ", ", " and ", " & ", "| ")
"""What stands before an item of a headline's list ("What's on TV: Gorsemoor, The ... and ...")."""
_TIME = lazy_pattern(r"[ ]*(?P<time>\d{1,2}(?:[.:]\d{2})?[ ]?[ap]m),[ ](?P<rest>[^\n]+)")
"""A where line that opens on the hour: "9pm, ITV1 and ITVX" (read as "ITV1 and ITVX, 9pm")."""


def with_guide_day(doc: Doc, release: list[ReleaseFact]) -> list[ReleaseFact]:
    """``release`` and, when it serves no premiere day, the guide pick's (see above)."""
    if any(fact.kind is ReleaseKind.PREMIERE_DATE and fact.served for fact in release):
        return release
    return release + guide_heading_day(doc)


def guide_heading_day(doc: Doc) -> list[ReleaseFact]:
    """The premiere of the labelled pick the headline names, from the day heading above it (or
    the headline's own day, or a day heading straight over the pick's name: see above)."""
    if doc.title_para is None or doc.date is None:
        return []
    if _HINT.search(doc.text) is None and _DAY_LINE.search(doc.text) is None:
        return []
    headline = doc.paras[doc.title_para]
    named = doc.text[headline.start : headline.end].strip()
    paras = doc.paras
    for label, name, where in zip(paras, paras[1:], paras[2:], strict=False):
        if label.para <= doc.title_para:
            continue
        headed = _HEADING.fullmatch(doc.text, label.start, label.end)
        if headed is None and not _LABEL.fullmatch(doc.text, label.start, label.end):
            continue
        shown = doc.text[name.start : name.end].strip()
        items = _item_starts(named, shown) if 1 < len(shown) <= 60 else []
        first = bool(items) and _listed_first(named, shown, items)
        if not items or (headed is not None and not first):
            continue  # a day heading over no label: only the work the headline lists first
        line = doc.text[where.start : where.end].strip()
        bare = _ASIDE.sub("", line)  # "BBC One, 9pm (all six episodes on iPlayer from 6am)"
        if _DAYED.search(bare) is not None or not where_line(_hour_last(bare)):
            return []
        told = _told(doc, where.para + 1)
        if _STARTS.search(told) is None or _LATER.search(told) is not None:
            return []
        day = _heading_day(
            doc, doc.title_para + 1, label.para + 1 if headed else label.para, doc.date
        )
        day = day or _headline_day(named, doc.date)
        if day is None:
            return []
        facts = [ReleaseFact(ReleaseKind.PREMIERE_DATE, line, date=day)]
        if first:
            facts.append(ReleaseFact(ReleaseKind.TITLE, shown, title=shown))
        return facts
    return []


def _headline_day(headline: str, today: dt.date) -> dt.date | None:
    """The day a headline opens on before its list ("Sunday 8 March: Gorsemoor, BBC One, 9pm")."""
    found = _HEADLINE_DAY.match(headline)
    if found is None:
        return None
    day = safe_date(today.year, month_number(found["month"]), int(found["day"]))
    return near_guide_date(day, today)


def _told(doc: Doc, first: int) -> str:
    """The pick's text: the first paragraph from ``first`` with a word in it (past a rating line
    such as "★★★★")."""
    for para in doc.paras[first : first + 2]:
        text = doc.text[para.start : para.end]
        if any(char.isalpha() for char in text):
            return text
    return ""


def _hour_last(line: str) -> str:
    """A where line with its opening hour moved after the channel ("9pm, ITV1" as "ITV1, 9pm")."""
    opens = _TIME.fullmatch(line)
    return f"{opens['rest']}, {opens['time']}" if opens is not None else line


def _item_starts(headline: str, shown: str) -> list[int]:
    """Where ``headline`` names ``shown`` as written (a name line in capitals in any case, though
    not in lower case) at the start of an item of its list, ending on a word's end that no
    capitalised word follows ("Quillon" is not named by "Quillon Farm, ...")."""
    folded, wanted = (headline.lower(), shown.lower()) if shown.isupper() else (headline, shown)
    starts = []
    at = folded.find(wanted)
    while at >= 0:
        end = at + len(wanted)
        opens = at == 0 or headline[:at].endswith(_ITEM_OPENS)
        closes = not headline[end : end + 1].isalnum() and not headline[end : end + 2].istitle()
        if opens and closes and not headline[at:end].islower():
            starts.append(at)
        at = folded.find(wanted, at + 1)
    return starts


def _listed_first(headline: str, shown: str, starts: list[int]) -> bool:
    """Whether ``shown`` opens the list after the headline's colon, with more items after it
    ("What's on TV this week: Gorsemoor, The Pewter Club and the rest", "Tonight: Gorsemoor and
    a quiz"; not "Saturday's TV: Gorsemoor is the thriller you need")."""
    colon = headline.find(": ")
    if colon < 0 or colon + 2 not in starts:
        return False
    return headline.startswith((", ", " and ", " & "), colon + 2 + len(shown))


def _heading_day(doc: Doc, after: int, before: int, today: dt.date) -> dt.date | None:
    """The day the nearest day heading between paragraphs ``after`` and ``before`` gives, near
    ``today`` (a month well before today's is next year's: a guide dated 28 December heads
    "FRIDAY 1 JANUARY")."""
    for para in reversed(doc.paras[after:before]):
        found = _HEADING.fullmatch(doc.text, para.start, para.end)
        if found is None:
            continue
        month = month_number(found["month"])
        year = today.year + 1 if month < today.month - 6 else today.year
        day = safe_date(year, month, int(found["day"]))
        return near_guide_date(day, today)
    return None
