"""Read calendar dates and vague release windows, relative to the article's own date.

A date without a year takes the year the article implies: a past event (filming wrapped) is
not after the article, a future one (a premiere) is not long before it. Windows are ISO 8601
month intervals ("2026-01/2026-04") or a bare year ("2026").
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.cues import hint
from bot.extract.lexicon import MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN
from bot.extract.season_windows import (
    SEASONS,
    before_season,
    last_named_year,
    latest_year,
    named_season_year,
    season_edge,
    season_half,
    season_rest,
    season_window,
)
from bot.lazy_patterns import lazy_pattern

DATE_RE = lazy_pattern(
    rf"(?:{WEEKDAY_PATTERN},?[ ])?(?:the[ ])?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:[ ]of)?[ ]"
    rf"(?P<m1>{MONTH_PATTERN})(?:,?[ ](?:of[ ])?(?P<y1>\d{{4}}))?(?!\d)"
    rf"|(?:{WEEKDAY_PATTERN},?[ ])?(?P<m2>{MONTH_PATTERN})[ ](?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?!\d)(?:,?[ ](?P<y2>\d{{4}}))?(?!\d)"
)

_PARTS = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "the start of": (1, 4),
    "the beginning of": (1, 4),
    "the end of": (9, 12),
    "the first half of": (1, 6),
    "the second half of": (7, 12),
    "the first few months of": (1, 4),
    "the last few months of": (9, 12),
    "q1": (1, 3),
    "q2": (4, 6),
    "q3": (7, 9),
    "q4": (10, 12),
    "the first quarter of": (1, 3),
    "the second quarter of": (4, 6),
    "the third quarter of": (7, 9),
    "the fourth quarter of": (10, 12),
}
_SEASON = "(?:{})".format("|".join(SEASONS))
"""A season's name, any of :data:`.season_windows.SEASONS`."""
_SEASON_NOUN = lazy_pattern(
    r"[ ](?:release|launch|debut|premiere|bow|broadcast|airing|slot|window|opening|return"
    r"|shoot|filming|production)\b"
)
"""What "a summer" names a time by: "a summer release", "a spring slot", "a winter shoot"."""
HOLIDAYS = {"Christmas": 12, "Thanksgiving": 11, "Halloween": 10}
"""A holiday a release may be slotted at, and its month."""
HOLIDAY_PATTERN = "|".join(HOLIDAYS)
PART = (
    r"(?:early|mid|late|the[ ]start[ ]of|the[ ]beginning[ ]of|the[ ]end[ ]of"
    r"|the[ ]first[ ]half[ ]of|the[ ]second[ ]half[ ]of|q[1-4]"
    r"|the[ ](?:first|second|third|fourth)[ ]quarter[ ]of|the[ ](?:first|last)[ ]few[ ]months[ ]of)"
)
"""A part of a year written before it: "early", "the second half of", "the first few months of"."""


def part_months(part: str) -> tuple[int, int]:
    """The first and last month of a part of a year matched by :data:`PART`."""
    return _PARTS[" ".join(part.lower().split())]


WINDOW_RE = lazy_pattern(
    rf"\b(?:(?P<rel>this|next|a|an|the)[ ](?!(?-i:[A-Z]\w+[ ][A-Z][a-z]))(?P<season>{_SEASON})"
    r"(?![ ](?:of[ ])?(?:\d{4}|(?:last|this|next)[ ]year)|[ ]term|[ ]semester)"
    r"|(?P<mpart>early|mid|late|the[ ](?:end|start|beginning|middle"
    r"|(?:first|second|third|last|final)[ ]week)[ ]of)"
    rf"[- ](?P<pmonth>{MONTH_PATTERN})(?:[ ](?P<pmy>\d{{4}}))?"
    rf"|(?P<season2>{_SEASON})[ ](?:of[ ])?(?:(?P<sy>\d{{4}})|(?P<sry>last|this|next)[ ]year)"
    rf"|(?P<part>{PART})(?:(?:(?<=early)|(?<=late))[ ]in[ ]|[ -]?)(?P<py>\d{{4}})"  # "early in"
    r"|(?P<prep>in|during|for|by|from|until|last|that(?=[ ](?-i:[A-Z])))"  # "wrapped that May"
    rf"[ ](?P<month>{MONTH_PATTERN})(?:[ ](?P<my>\d{{4}}))?"
    r"(?![ ]?\d{1,2}\b)"
    rf"|(?P<prep2>in|during|for|by|a|until)[ ](?P<year>\d{{4}})"
    rf"|(?P<holiday>{HOLIDAY_PATTERN})[ ](?P<hy>\d{{4}})"
    rf"|(?P<nearby>this|at)[ ](?P<near>{HOLIDAY_PATTERN})(?![ ]?\d)"
    rf"|(?P<vague>later[ ]this[ ]year|next[ ]year|this[ ]year|next[ ]month|later[ ]this[ ]month"
    r"|this[ ]month))\b",
    re.IGNORECASE,
)
_NOT_BEFORE = lazy_pattern(r"(?:\bnot|n[’']t|\bnever)(?:[ ][a-z]+){0,3}[ ]before[ ]$")
"""A time denied ("won't arrive before "): the season or later, never the months ahead of it."""
MAY_HOLD_DATE = lazy_pattern(rf"{MONTH_PATTERN}(?![a-z])")
"""A cheap test (a literal alternation) that rules out most sentences before :data:`DATE_RE`."""


def literals(*words: str) -> re.Pattern[str]:
    """A test for any of many literal words: one alternation, quicker than trying the words one
    by one (:func:`bot.extract.cues.hint`) once there are more than a handful."""
    return re.compile("|".join(map(re.escape, words)))


MONTH_HINT = literals(
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
)
"""A superset of a month's name: a cheap test before the patterns that read dates (which,
like every pattern here, start with a literal or a character set, so the engine skips ahead
quickly)."""
DIGIT_HINT = hint(*"0123456789")
"""Any ASCII digit: a cheap test before the patterns that read numbers."""
WINDOW_ANCHOR = lazy_pattern(
    r"[0-9ADFJMNOSsWwYy](?:(?<=[0-9])[0-9]{3}|(?<=[ADFJMNOS])(?<![^\W_].)"
    r"(?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)|(?<=[Ss])(?:pring|ummer)|(?<=[Ww])inter"
    r"|(?<=[Yy])ear)|[Aa]utumn|[Ff]all|m(?<=[ ]m)onth"
    r"|[CTH](?:(?<=this[ ][CTH])|(?<=[ ]at[ ][CTH]))(?:hristmas|hanksgiving|alloween)"
)
"""What every window holds (a year, a month, a season, "year" or "month"): :data:`WINDOW_RE` is
tried only around these."""
_SEASON_HINT = hint(
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "year",
    " month",
    "this christmas",
    "this thanksgiving",
    "this halloween",
    "at christmas",
    "at thanksgiving",
    "at halloween",
)


def may_hold_window(chunk: str, lower: str) -> bool:
    """A cheap test that rules out most sentences before :data:`WINDOW_RE` (``lower``: the
    sentence in lower case)."""
    return bool(_SEASON_HINT.search(lower) or DIGIT_HINT.search(chunk) or MONTH_HINT.search(chunk))


def parse_date(match: re.Match[str], ref: dt.date | None, *, past: bool) -> dt.date | None:
    """The date ``match`` (from :data:`DATE_RE`) names; ``past`` says which way to infer a year."""
    day = int(match["d1"] or match["d2"])
    month = month_number(match["m1"] or match["m2"])
    year_text = match["y1"] or match["y2"] or year_after(match, ref)  # "3 June last year"
    if year_text:
        return safe_date(int(year_text), month, day)
    if ref is None:
        return None
    found = safe_date(ref.year, month, day)
    if found is None:
        return None
    if past and found > ref + dt.timedelta(days=7):
        found = safe_date(ref.year - 1, month, day)
    elif not past and found < ref - dt.timedelta(days=60):
        found = safe_date(ref.year + 1, month, day)
    return _by_weekday(match.group(), found, ref.year, past=past)


_DAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _by_weekday(text: str, found: dt.date | None, year: int, *, past: bool) -> dt.date | None:
    """The year the written weekday agrees with, of the two a day without a year may fall in
    ("Friday 17 July", written in August 2025, is 2026's: 17 July 2025 was a Thursday)."""
    if found is None or not text[:1].isupper() or text[:3].lower() not in _DAY_ABBREVIATIONS:
        return found
    weekday = _DAY_ABBREVIATIONS.index(text[:3].lower())
    if found.weekday() == weekday:
        return found
    other_year = year if found.year != year else (year - 1 if past else year + 1)
    other = safe_date(other_year, found.month, found.day)
    return other if other is not None and other.weekday() == weekday else found


def month_number(name: str) -> int:
    """The number of a month written in full or short, with or without a stop ("Sept." is 9)."""
    return MONTHS[name.rstrip(".").lower()]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None where there is no such day (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_window(match: re.Match[str], ref: dt.date | None, *, past: bool = False) -> str | None:
    """The ISO window ``match`` (from :data:`WINDOW_RE`) names, or None if it needs a date.

    A month without a year is the next such month, or with ``past`` (filming that began in
    July) the last one begun; so is a season ("wrapped over the summer": the last summer).
    """
    if match["season"]:
        if ref is None or (
            match["rel"].lower() in {"a", "an"}
            and not _SEASON_NOUN.match(match.string, match.end())
        ):
            return None  # "stays for a winter": a season's length, not a time it comes out
        season, rel = match["season"].lower(), match["rel"].lower()
        year = named_season_year(match, ref)  # "the autumn" to come, told in December: next
        if past:  # "wrapped this summer" in February: no summer of this year is gone yet
            latest = latest_year(SEASONS[season][0], ref)
            if rel == "next" or (rel == "this" and latest != year):
                return None
            year = latest
        window = season_window(season, year)
        lead = match.string[max(0, match.start() - 6) : match.start()].lower()
        if rel == "this" and not past and lead == "later ":
            return season_rest(window, ref)  # "later this summer", told in June: July on
        return season_edge(match, window)
    if match["pmonth"]:
        told = match["pmy"] or year_after(match, ref)
        return _month_window(match["pmonth"], told, ref, past=past)
    if match["season2"]:
        if (told := match["sy"] or year_after(match, ref, match["sry"])) is None:
            return None  # "spring next year" with no date to count from
        window = season_window(match["season2"].lower(), int(told))
        if match.string[max(0, match.start() - 7) : match.start()].lower() == "before ":
            if _NOT_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
                return None  # "will not land before summer 2027": that summer or any time after
            return before_season(match["season2"].lower(), int(told), ref)  # not the season
        lead = match.string[max(0, match.start() - 6) : match.start()].lower()
        if lead.endswith(("early ", "early-", "late ", "late-")):
            return season_half(window, early=lead.startswith("early"))
        return window
    if match["part"]:
        first, last = part_months(match["part"])
        year = int(match["py"])
        return f"{year}-{first:02d}/{year}-{last:02d}"
    if match["month"]:
        told = match["my"] or year_after(match, ref)
        if match["prep"].lower() == "last" and not told and ref is not None:
            # "last May": the latest May before the month gone ("last month" would name that).
            month = month_number(match["month"])
            return f"{last_named_year(month, ref)}-{month:02d}"
        return _month_window(match["month"], told, ref, past=past)
    if match["year"]:
        return match["year"]
    if match["holiday"]:  # "for Christmas 2026": the holiday's month
        return f"{match['hy']}-{HOLIDAYS[match['holiday'].title()]:02d}"
    if match["near"]:  # "this Christmas": the coming one; none once it is past
        month = HOLIDAYS[match["near"].title()]
        return None if ref is None or month < ref.month else f"{ref.year}-{month:02d}"
    return _vague_window(match["vague"].lower(), ref)


_YEAR_AFTER = lazy_pattern(
    r"[ ](?:of[ ])?(?P<rel>last|this|next)[ ]year\b(?!['’]s\b)", re.IGNORECASE
)
"""A year told after a month: "in March last year", "in July of next year"; not a possessive
that opens the next phrase ("on 3 June last year's winner ..." names another year's event)."""
_REL_YEAR = {"last": -1, "this": 0, "next": 1}


def year_after(match: re.Match[str], ref: dt.date | None, rel: str | None = None) -> str | None:
    """The year "last|this|next year" after a month (or ``rel`` year) names, from ``ref``."""
    told = rel or ((after := _YEAR_AFTER.match(match.string, match.end())) and after["rel"])
    return None if not told or ref is None else str(ref.year + _REL_YEAR[told.lower()])


def _month_window(
    name: str, year: str | None, ref: dt.date | None, *, past: bool = False
) -> str | None:
    month = month_number(name)
    if year:
        return f"{int(year)}-{month:02d}"
    if ref is None:
        return None
    if past:
        return f"{latest_year(month, ref)}-{month:02d}"
    return f"{ref.year + (1 if month < ref.month else 0)}-{month:02d}"


def _vague_window(vague: str, ref: dt.date | None) -> str | None:
    if ref is None:
        return None
    if vague == "next year":
        return str(ref.year + 1)
    if vague == "next month":
        year, month = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
        return f"{year}-{month:02d}"
    if vague.endswith("month"):
        return f"{ref.year}-{ref.month:02d}"  # "this month", "later this month"
    return str(ref.year)  # "this year", "later this year"


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PREVIOUS = "".join(rf"(?<!{word}[ ])" for word in ("the", "The", "our", "their", "his", "its"))
"""Not after a determiner: "last night" is the one before the article, "the last night" or
"their last Friday" the final one of a shoot or a run (the word is then an ordinal)."""
RELATIVE_DAY_RE = lazy_pattern(
    r"\b(?:(?P<word>yesterday|today|tonight|(?<!week[ ])(?<!fortnight[ ])tomorrow|this[ ]morning|"
    rf"this[ ]afternoon|this[ ]evening|{_PREVIOUS}last[ ]night)"
    r"|(?:(?P<gap>a[ ]week|a[ ]fortnight|two[ ]weeks)[ ](?=on[ ]))?"
    rf"(?P<prep>on|from|{_PREVIOUS}last|next|this|since)[ ]"
    r"(?:coming[ ]|the[ ](?=\w+day,?[ ]the[ ]\d))?"
    r"(?P<weekday>Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)(?:,?[ ]the[ ](?P<day>\d{1,2})(?:st|nd|rd|th))?"
    r"|(?:began|begun|started|wrapped|ended|finished|concluded|premieres|premiered|arrives|arrived|"
    r"lands|landed|opens|opened|debuts|debuted|rolling|rolled|commenced|kicked[ ]off)[ ]"
    r"(?P<bare>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?![ ][A-Z])"
)
"""A day named relative to the article: "yesterday", "tonight", "on Friday", "Thursday the 23rd",
"on the Friday, the 29th", "began Monday", "cameras rolled Monday"; not "on Sunday League" (a
name) or "on Friday 27 February" (a date, read as one)."""
_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
}  # fmt: skip
_BOUNDS = (
    "less than", "more than", "fewer than", "under", "over", "nearly", "almost", "within",
    "at least", "at most", "up to", "about", "around", "roughly",
)  # fmt: skip
"""Words that bound or round an offset ("at least two days later"): it names no day."""
OFFSET_RE = lazy_pattern(
    "".join(rf"(?<!{bound.replace(' ', '[ ]')}[ ])" for bound in _BOUNDS)
    + r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)"
    r"[ ](?P<unit>days?|weeks?)[ ](?P<dir>after|before|later)\b"
)
"""An offset from an event: "three days after the premiere", "two days before it lands", "...
on 3 March and lands three days later". Not one with a bound or a rounding ("less than a day
later", "within a week after", "at least two weeks before", "about a week later"): it names no
day."""


def parse_relative_day(match: re.Match[str], ref: dt.date | None, *, past: bool) -> dt.date | None:
    """The date a :data:`RELATIVE_DAY_RE` match names, counted from the article's date."""
    if ref is None:
        return None
    word = (match["word"] or "").replace(" ", "")
    if word in {"today", "tonight", "thismorning", "thisafternoon", "thisevening"}:
        return ref
    if word in {"yesterday", "lastnight"}:
        return ref - dt.timedelta(days=1)
    if word == "tomorrow":
        return ref + dt.timedelta(days=1)
    target = WEEKDAYS.index((match["weekday"] or match["bare"]).lower())
    if match["day"]:
        return _weekday_on(ref, target, int(match["day"]), past=past)
    if match["gap"]:  # "a fortnight on Friday": two weeks after the coming Friday
        later = 14 if match["gap"].endswith(("fortnight", "weeks")) else 7
        return ref + dt.timedelta(days=(target - ref.weekday() - 1) % 7 + 1 + later)
    prep = match["prep"] or "on"  # "began Monday"
    if prep in {"on", "this", "from"} and target == ref.weekday():
        return ref  # "began on Monday", "available from Friday" in a report dated that day
    if prep in {"last", "since"} or (past and prep in {"on", "this"}):
        return ref - dt.timedelta(days=(ref.weekday() - target - 1) % 7 + 1)
    week = 7 * (prep == "next" and ref.weekday() < target <= ref.weekday() + 3)  # told on a Wed,
    return ref + dt.timedelta(days=(target - ref.weekday() - 1) % 7 + 1 + week)  # "next Fri" +9


def _weekday_on(ref: dt.date, weekday: int, day: int, *, past: bool) -> dt.date | None:
    """The nearest date from ``ref`` on (back from it, ``past``: "started on Monday the 10th")
    that is both that weekday and that day of the month."""
    year, month = ref.year, ref.month
    step = -1 if past else 1
    for _ in range(14):
        found = safe_date(year, month, day)
        if (
            found is not None
            and found.weekday() == weekday
            and (found <= ref if past else found >= ref)
        ):
            return found
        month += step
        if month in {0, 13}:
            year, month = year + step, 12 if month == 0 else 1
    return None


FROM_TODAY = lazy_pattern(
    r"(?i)(?<!for[ ])\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fourteen)[ ](?:(?P<unit>days?|weeks?)[ ]from|(?P<bare>weeks?|fortnight))[ ]$"
)
"""An offset from the article's day, just before "today": "lands NINE DAYS from today", "out a
week today" (told in the past, "wrapped a week today", it counts back)."""


def from_today(match: re.Match[str], *, past: bool = False) -> int:
    """Days a :data:`FROM_TODAY` match counts forward (back, a bare one ``past``)."""
    raw, unit = match["n"].lower(), (match["unit"] or match["bare"]).lower()
    count = int(raw) if raw.isdigit() else _NUMBERS[raw]
    days = count * (14 if unit == "fortnight" else 7 if unit.startswith("week") else 1)
    return -days if past and match["bare"] else days


def offset_days(match: re.Match[str]) -> int:
    """Signed days an :data:`OFFSET_RE` match moves from its anchor ("before" is negative)."""
    raw = match["n"].lower()
    count = int(raw) if raw.isdigit() else _NUMBERS[raw]
    days = count * (7 if match["unit"].startswith("week") else 1)
    return -days if match["dir"] == "before" else days
