"""The month of a week or month told relative to the article's day ("wrapped last week", "began
this month"): a week inside one month dates the step by that month; one across two names
neither."""

from __future__ import annotations

import datetime as dt


def week_month(when: str, ref: dt.date) -> str | None:
    """The month "last week" or "this week" (up to ``ref``) lies in, if only one: "2025-09"."""
    monday = ref - dt.timedelta(days=ref.weekday())
    if when.startswith("last"):
        start, end = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
    else:
        start, end = monday, ref
    if (start.year, start.month) != (end.year, end.month):
        return None
    return f"{start.year}-{start.month:02d}"


def relative_month(when: str, ref: dt.date) -> str | None:
    """The month "last month", "this month", "last week" or "this week" names ("2025-09"); for a
    week, its month if the whole week (up to ``ref``) falls in one month, else none."""
    if when.endswith("week"):
        return week_month(when, ref)
    if not when.endswith("month"):
        return None
    if when.startswith("last"):
        year, month = (ref.year - 1, 12) if ref.month == 1 else (ref.year, ref.month - 1)
        return f"{year}-{month:02d}"
    return f"{ref.year}-{ref.month:02d}"
