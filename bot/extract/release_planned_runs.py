"""A planned shoot's start month, then the month it is to run to: "Filming is due to start in
Leeds in May and run to August" plans May to August, not May alone (a start month served alone
would tell the plan's first month as the whole of it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.dates import month_number
from bot.extract.lexicon import MONTH_PATTERN
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_RUN_TO = lazy_pattern(
    r"[ ](?:in[ ][A-Z][\w’'-]*[ ])?and[ ](?:then[ ])?(?:to[ ])?(?:run|last)[ ]"
    r"(?:to|until|till|through)[ ](?:(?:early|late|mid)[- ])?"
    rf"(?P<month>{MONTH_PATTERN})(?:[ ](?P<year>\d{{4}}))?\b"
)
"""After the start's month: "and run to September", "and last until late October 2026" (not
"continue into September": into it, with no end told)."""


def run_to_end(chunk: str, match: re.Match[str], fact: ReleaseFact | None) -> ReleaseFact | None:
    """``fact``, a planned shoot dated by one month (``match``), widened to the month the plan
    runs to when the words after ``match`` name it."""
    if fact is None or fact.kind is not ReleaseKind.FILMING_PLANNED:
        return fact
    window = fact.window or ""
    run = _RUN_TO.match(chunk, match.end())
    if run is None or len(window) != len("2026-06"):
        return fact
    first, last = int(window[5:]), month_number(run["month"])
    year = int(run["year"]) if run["year"] else int(window[:4]) + (last < first)
    if (year, last) <= (int(window[:4]), first):
        return fact  # the end before the start: read nothing
    return replace(fact, window=f"{window}/{year}-{last:02d}")
