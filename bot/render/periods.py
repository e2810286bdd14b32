"""Release windows as words: the ISO intervals the extractor stores, said the way fans say them."""

from __future__ import annotations

import calendar
import re

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:/(\d{4})-(\d{2}))?$")
_NAMED_SPANS = {
    (1, 4): "early {year}",
    (3, 5): "spring {year}",
    (4, 6): "mid {year}",
    (5, 8): "mid {year}",
    (6, 8): "summer {year}",
    (9, 11): "autumn {year}",
    (9, 12): "late {year}",
    (1, 6): "the first half of {year}",
    (7, 12): "the second half of {year}",
}


def describe_period(period: str) -> str:
    """ "2026" -> "in 2026"; "2025-06/2025-08" -> "in summer 2025"; "2025-12/2026-02" -> winter."""
    match = _PERIOD.match(period)
    if not match:
        return f"in {period}"
    year, month, end_year, end_month = match.groups()
    if month is None:
        return f"in {year}"
    if end_year is None:
        return f"in {calendar.month_name[int(month)]} {year}"
    first, last = int(month), int(end_month)
    if end_year == year and (first, last) in _NAMED_SPANS:
        return "in " + _NAMED_SPANS[(first, last)].format(year=year)
    if (first, last) == (12, 2) and int(end_year) == int(year) + 1:
        return f"in winter {year}–{end_year[2:]}"
    start = (
        f"{calendar.month_name[first]} {year}" if end_year != year else calendar.month_name[first]
    )
    return f"between {start} and {calendar.month_name[last]} {end_year}"
