"""A diary's day headings: lines that read as time stamps but head the page's entries.

A set diary or a festival log heads each entry with its day on a line of its own ("Monday 9
March", "Thursday, 14 May"; invented examples). One such line under a byline is the page's
time stamp, furniture; two or more, with no year and no hour, are the diary's headings, and
the entries below them are dated by them (:mod:`.release_diary_days`), so they stay in the body.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.extract.lexicon import MONTH_PATTERN, WEEKDAY_NAME
from bot.lazy_patterns import lazy_pattern

_BARE_DAY = lazy_pattern(
    rf"{WEEKDAY_NAME},?[ ]\d{{1,2}}(?:st|nd|rd|th)?[ ]{MONTH_PATTERN}(?:[ ][–—-][ ][^\n]{{1,60}})?"
)
"""A weekday and a day of a month alone, maybe with a short label after a dash: no year, no
hour ("Monday 9 March", "Friday 15 May – wrap")."""
_MIN_HEADINGS = 2
"""How many day lines make a diary: one alone is the page's stamp."""


def day_headings(lines: Sequence[str]) -> frozenset[int]:
    """The indices of ``lines`` that head a diary's entries (none on a page with fewer than two)."""
    found = [index for index, line in enumerate(lines) if _BARE_DAY.fullmatch(line.strip())]
    return frozenset(found) if len(found) >= _MIN_HEADINGS else frozenset()
