"""Dates and instants in words, right in every time zone.

A *date* (a premiere on 13 February 2026, an article's day) has no time of day, so it is shown
as that date, the same text for every reader: never as a Discord timestamp, which a reader's
client would move to their own time zone and so, for some, to the day before or after. A
relative phrase ("in 3 months") may stand beside it only where it cannot name the wrong day:
local calendars run from UTC-12 to UTC+14, so a reader's "today" is the UTC date or the day
either side of it, and :func:`countdown` gives a phrase only when all three agree.

An *instant* (when the knowledge was last updated) is a real moment: it is shown at its real
time, which Discord renders in each reader's own zone.
"""

from __future__ import annotations

import datetime as dt

_DAYS_PER_MONTH = 365.2425 / 12
_NEIGHBOURING_DAYS = (-1, 0, 1)
"""A reader's local date minus the UTC date, anywhere from UTC-12 to UTC+14."""


def long_date(value: dt.date) -> str:
    """ "13 February 2026": the day, the month in words, the year (no leading zero)."""
    return f"{value.day} {value:%B %Y}"


def utc_instant(value: dt.datetime) -> str:
    """ "21 November 2026 at 14:03 UTC" (a naive value is taken as UTC)."""
    moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    moment = moment.astimezone(dt.UTC)
    return f"{long_date(moment.date())} at {moment:%H:%M} UTC"


def countdown(value: dt.date, today: dt.date) -> str | None:
    """How far ``value`` is from ``today`` (a UTC date) in words, or None when a reader in some
    time zone would need other words ("in 2 weeks", "7 months ago", "in 1 year").

    Near dates never get a phrase: "tomorrow" in London is "today" in Kiribati.
    """
    phrases = {_relative((value - today).days - shift) for shift in _NEIGHBOURING_DAYS}
    return phrases.pop() if len(phrases) == 1 else None


def _relative(days: int) -> str:
    span = abs(days)
    if span < 14:
        amount, unit = span, "day"
    elif span < 61:
        amount, unit = span // 7, "week"
    elif span < 365:
        amount, unit = int(span // _DAYS_PER_MONTH), "month"
    else:
        amount, unit = int(span // (_DAYS_PER_MONTH * 12)), "year"
    words = f"{amount} {unit}{'s' if amount != 1 else ''}"
    return f"in {words}" if days > 0 else f"{words} ago"
