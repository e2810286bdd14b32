"""Dates written in figures, read where their order is beyond doubt: "14.05.2026" and "6.3.2026"
(day first, as outlets that write dots do), "24/04" and "13/3" (a day past twelve comes first),
"03/13/2026" (a US month first). "03/04" could be either and is left unread; "24/7" is an idiom.

A date read here is written out in words ("14 May 2026") in a copy of the sentence, so every rule
that reads a spelled-out date (the verb before it, a move "from ... to ...", history) holds."""

from __future__ import annotations

import re

from bot.extract.release_word_days import word_days
from bot.lazy_patterns import lazy_pattern

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_HINT = lazy_pattern(r"\d[./]\d")
_NUMERIC = lazy_pattern(
    r"(?<![\w./-])(?!24/7\b)(?:"
    r"(?P<d1>1[3-9]|2\d|3[01])/(?P<m1>0?[1-9]|1[0-2])(?:/(?P<y1>20\d\d))?"
    r"|(?P<m2>0?[1-9]|1[0-2])/(?P<d2>1[3-9]|2\d|3[01])(?:/(?P<y2>20\d\d))?"
    r"|(?P<d3>0?[1-9]|[12]\d|3[01])\.(?P<m3>0?[1-9]|1[0-2])\.(?P<y3>20\d\d)"
    r")(?![\w/-]|[.,]\d)"
)


def _spelled(match: re.Match[str]) -> str:
    day = match["d1"] or match["d2"] or match["d3"]
    month = _MONTH_NAMES[int(match["m1"] or match["m2"] or match["m3"]) - 1]
    year = match["y1"] or match["y2"] or match["y3"]
    return f"{int(day)} {month} {year}" if year else f"{int(day)} {month}"


_EMPHASIS = lazy_pattern(r"(?<![\w*])\*{1,2}(?=\w)|(?<=[\w.,!?])\*{1,2}(?![\w*])")
"""Markdown emphasis a forum post wraps round a date: "to **Friday, May 22, 2026**"."""


def spelled_dates(chunk: str) -> str:
    """``chunk`` with each date in figures written out in words, and without markdown emphasis
    marks, and with a day said in words ("the sixth of May") in figures; the same text when
    none."""
    chunk = word_days(chunk)
    if "*" in chunk:
        chunk = _EMPHASIS.sub("", chunk)
    if _HINT.search(chunk) is None:
        return chunk
    return _NUMERIC.sub(_spelled, chunk)
