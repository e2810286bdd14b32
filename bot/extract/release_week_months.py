"""The month of a week told relative to the article's day ("wrapped last week", "began this
week"): a week inside one month dates the step by that month; one across two names neither."""

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
