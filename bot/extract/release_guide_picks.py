"""The premiere day of a what-to-watch guide's own pick, read from the where line under it.

A guide heads its pick with the work's name on a line of its own and, under it, where and when
to watch ("Gorsemoor" over "ITV1, Saturday 9 May, 9pm. All six episodes on ITVX", over "Sunday
10 May, 8pm, Channel 5 | all episodes online", over "Netflix, from today"; invented examples).
When the headline names that work first ("What to watch this weekend: Gorsemoor, The Pewter
Club and more"), the page is about it, and the day its where line gives is its premiere. Any
other entry's line dates that work, never ours.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.dates import WEEKDAYS, month_number, safe_date
from bot.extract.lexicon import MONTH_NAME, WEEKDAY_NAME
from bot.extract.page_entries import where_line
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_FIRST_NAMED = lazy_pattern(r"[^:\n]{3,60}:[ ]+[‘“'\"]?")
"""A guide's headline up to the work it names first: "What to watch this weekend: Gorsemoor, ...",
"What's on next week: Gorsemoor leads a busy Sunday"."""
_NAMED_ENDS = lazy_pattern(r"[’”'\"]?(?:,|[ ]and[ ]|[ ][a-z]|[ ]*$)")
"""What follows the work the headline names first: a comma, "and", a word in lower case, or the
headline's end ("What's on TV this weekend: Gorsemoor")."""
_CUT = lazy_pattern(r"\.[ ]|;[ ]|[ ][|(]|[ ][–—][ ]")
"""Where a where line's first part ends: a full stop, a semicolon, a bar, a bracket or a dash."""
_LABEL = lazy_pattern(r"(?i)pick[ ]of[ ]the[ ](?:week|weekend|day)[ ]*:[ ]*")
"""A label before the pick's name on its line: "Pick of the week: Gorsemoor"."""
_STARS = lazy_pattern(r"^[ ]*[★☆]+[ ]*|[ ]*[★☆]+[ ]*$")
"""A critic's stars before or after the pick's name: "GORSEMOOR ★★★★", "★★★★ Gorsemoor"."""
_DAY = lazy_pattern(
    rf"\b{WEEKDAY_NAME}[ ](?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ ](?P<month>{MONTH_NAME})\b"
)
"""A weekday and a day of a month, the year left to the page's date: "Saturday 9 May"."""
_DAY_ANY_CASE = lazy_pattern(_DAY.pattern, re.IGNORECASE)
"""The same in any case, to read one written in capitals ("SUNDAY 11 MAY") as in words."""
_TODAY = lazy_pattern(r"\b(?:from[ ])?today\b")
_FROM_WEEKDAY = lazy_pattern(
    rf"\bfrom[ ](?P<weekday>{WEEKDAY_NAME})\b"
    r"(?![ ]\d{1,2}(?![\d:.]|[ ]?[ap]m)|[ ](?!at\b)[A-Za-z]+[ ]\d)"
)
"""A streaming start by its weekday alone ("Netflix, from Friday", "from Friday 9pm"): the
week's such day, the guide's page being the week's (not a weekly slot, "BBC One, Sunday, 9pm",
nor a dated one, "from Friday 5 June")."""
_AHEAD = dt.timedelta(days=120)
_BEHIND = dt.timedelta(days=7)
"""How far from the page's date a where line's day may fall (a weekend guide's days are near)."""


def near_guide_date(day: dt.date | None, today: dt.date) -> dt.date | None:
    """``day`` when it falls near the page's date ``today`` (a guide's days are near), else None."""
    return day if day is not None and today - _BEHIND <= day <= today + _AHEAD else None


def with_guide_pick(doc: Doc, release: list[ReleaseFact]) -> list[ReleaseFact]:
    """``release`` with the guide pick's premiere (see above). A served premiere day told in a
    sentence the pick is not the subject of is another entry's ("Netflix: Quillfen, from the
    Gorsemoor team, arrives 17 April" in the guide's streaming list): held, the pick's where line
    dates ours. One the pick's own sentence gives after the where line's day is a later step ("ITVX:
    Gorsemoor arrives as a box set on 12 May" under a broadcast on 10 May): held too."""
    pick = _guide_pick(doc)
    if pick is None:
        return release
    title, day = pick
    if day.date is None:
        return release  # never so: a where line's premiere has its day
    dated = {
        index
        for index, fact in enumerate(release)
        if fact.kind is ReleaseKind.PREMIERE_DATE and fact.served
    }
    if any(release[index].date == day.date for index in dated):
        return release
    own = {index for index in dated if _pick_opens(release[index].evidence, title)}
    later = {index for index in own if (release[index].date or day.date) > day.date}
    if own - later:
        return release  # the pick's own text gives an earlier day: left to it
    kept = [
        held(fact, "a later step of the guide's pick" if index in later else
             "another guide entry's day") if index in dated else fact
        for index, fact in enumerate(release)
    ]  # fmt: skip
    return [*kept, day]


_PLATFORM_LABEL = lazy_pattern(r"[ *•-]*(?:[A-Z][\w+]*(?:[ ][A-Z0-9][\w+]*){0,2}:[ ]+)?[‘“'\"]?")
"""A platform's label before a streaming list's line, if any: "ITVX: "."""


def _pick_opens(evidence: str, title: str) -> bool:
    """The sentence has the pick as its subject: it opens with the pick's name, after a
    platform's label if any ("ITVX: Gorsemoor arrives ..."), not merely names it somewhere."""
    lead = _PLATFORM_LABEL.match(evidence)
    rest = evidence[lead.end() if lead else 0 :]
    return rest.lower().startswith(title.lower())


def _guide_pick(doc: Doc) -> tuple[str, ReleaseFact] | None:
    """The pick the guide's headline names first, as its name and its where line's premiere:
    the line under the name, else the line over it when it heads the pick (see
    :func:`_heads_the_pick`)."""
    if doc.title_para is None or doc.date is None:
        return None
    headline = doc.paras[doc.title_para]
    named = _FIRST_NAMED.match(doc.text, headline.start, headline.end)
    if named is None:
        return _labelled_pick(doc, doc.date)  # "What to watch this week" names no work
    lead = doc.text[named.end() : headline.end]
    paras = doc.paras
    for index, name in enumerate(paras):
        if name.para == doc.title_para:
            continue
        label = _LABEL.match(doc.text, name.start, name.end)
        line = doc.text[label.end() if label else name.start : name.end]
        told = (_STARS.sub("", line) if "★" in line or "☆" in line else line).strip()
        if (
            len(told) < 2
            or not lead.lower().startswith(told.lower())
            or not _NAMED_ENDS.match(lead, len(told))
        ):
            continue  # "PICK OF THE WEEK: GORSEMOOR" names the pick in capitals
        over = paras[index - 1 : index] if index and _heads_the_pick(doc, index) else ()
        for where in (*paras[index + 1 : index + 2], *over):
            if where.para == doc.title_para:
                continue
            day = where_day(doc.text[where.start : where.end].strip(), doc.date)
            if day is not None:
                return told, day
    return None if lead[:1].isalpha() else _labelled_pick(doc, doc.date)  # ": 13-19 May"


_TITLE_AFTER = lazy_pattern(r":[ ]*[^\d\s:][^\d:]*$")
"""Words after a slot's colon with no number in them: another entry's title ("...: THE CLUB")."""
_NAME_LINE = lazy_pattern(r"^(?:[\w’'&-]+[ ]){0,5}[A-Z][\w’'&-]*$")
"""A line that is a name alone ("The Pewter Club"): short, ending on a capitalised word."""


_LABEL_ALONE = lazy_pattern(r"(?i)(?:our[ ])?pick[ ]of[ ]the[ ](?:week|weekend|day)[ ]*:?")
"""A guide's label on a line of its own over its pick's name: "PICK OF THE WEEK"."""


def _labelled_pick(doc: Doc, today: dt.date) -> tuple[str, ReleaseFact] | None:
    """The pick a guide whose headline names no work heads with its label alone on a line, as
    the name under the label and the day of the where line under the name ("PICK OF THE WEEK"
    over "Gorsemoor" over "ITV1, Saturday 9 May, 9pm"): the page's first and chosen work."""
    paras, text = doc.paras, doc.text
    for index, label in enumerate(paras[:-2]):
        if not _LABEL_ALONE.fullmatch(text[label.start : label.end].strip()):
            continue
        name = paras[index + 1]
        told = _STARS.sub("", text[name.start : name.end]).strip()
        if not _NAME_LINE.match(told):
            return None  # "Pick of the week" over a sentence: no name line to date
        where = paras[index + 2]
        day = where_day(text[where.start : where.end].strip(), today)
        return None if day is None else (told, day)
    return None


def _heads_the_pick(doc: Doc, index: int) -> bool:
    """The line over the pick's name is its own slot: written in capitals, as a guide that heads
    each entry with its slot does ("SUNDAY 10 MAY, ITV1, 9PM" over "Gorsemoor"), carrying no
    other title after a colon, and not itself under another entry's name (in a guide that puts
    each slot under its name, the line over ours is the entry before's)."""
    paras = doc.paras
    over = doc.text[paras[index - 1].start : paras[index - 1].end].strip()
    if over != over.upper() or _TITLE_AFTER.search(over):
        return False
    if index < 2 or paras[index - 2].para == doc.title_para:
        return True
    return not _NAME_LINE.match(doc.text[paras[index - 2].start : paras[index - 2].end].strip())


def where_day(line: str, today: dt.date) -> ReleaseFact | None:
    """The premiere a where line gives, if ``line`` is one (its day in capitals read as written
    in words: "SUNDAY 11 MAY")."""
    written, line = line, _DAY_ANY_CASE.sub(_capitals_in_words, line)
    cut = _CUT.search(line)
    first = line[: cut.start()] if cut is not None else line
    if where_line(line):
        first = line  # "Where: Netflix. When: Saturday 9 May, from 8am."
    elif not where_line(first.rstrip(".")):
        return None
    day = _day(line, first, today)
    return None if day is None else ReleaseFact(ReleaseKind.PREMIERE_DATE, written, date=day)


def _capitals_in_words(day: re.Match[str]) -> str:
    """A day written in capitals as in words ("SUNDAY 11 MAY" as "Sunday 11 May"); else as is."""
    return day[0].title() if day[0].isupper() else day[0]


def _day(line: str, first: str, today: dt.date) -> dt.date | None:
    """The day a where line gives: a written day ("Saturday 9 May", in its first part or its
    bracket, "from today (Friday 8 May)"), else "from Friday" as the week's Friday (none once
    the page is past it), else "today" as the page's date."""
    found = _DAY.search(first) or (_DAY.search(line) if _TODAY.search(first) else None)
    if found is not None:
        return near_guide_date(
            safe_date(today.year, month_number(found["month"]), int(found["day"])), today
        )
    weekday = _FROM_WEEKDAY.search(first)
    if weekday is not None:
        target = WEEKDAYS.index(weekday["weekday"].lower())
        if target < today.weekday():
            return None  # a Saturday page's "from Friday": the day before or a week on, unsaid
        return today + dt.timedelta(days=target - today.weekday())
    return today if _TODAY.search(first) is not None else None
