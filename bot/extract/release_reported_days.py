"""A premiere day or window only reported ("Several outlets reported earlier this month that the
film would arrive on 10 April", "Trade reports last year suggested it could stream in May")
beside a day the article states itself ("will stream from Friday 17 April"): the report is what
the article's own day replaced, so the reported day, or a reported window the day falls outside,
is held."""

from __future__ import annotations

import datetime as dt

from bot.facts import SERVE_LINE, ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_REPORTED = lazy_pattern(
    r"\b(?:had[ ])?(?:reported|claimed|suggested)(?:[ ](?:earlier|previously|initially|"
    r"originally|last[ ](?:week|month)|earlier[ ]this[ ](?:week|month|year)))?[ ]that\b|"
    r"\b(?:[Rr]eports?|[Rr]umou?rs?|[Ll]istings?|[Ll]eaks?)[ ](?:[\w’'-]+[ ]){0,4}?"
    r"(?:had[ ])?(?:suggested|claimed|indicated|pointed[ ]to|said)\b"
)
"""A report told in the past: "reported earlier this month that", "had claimed that", "Trade
reports last autumn suggested", "An industry report last year said"."""


def _outside(window: str, days: set[dt.date]) -> bool:
    """No day of ``days`` falls in ``window`` ("2026-02", "2026-01/2026-04", "2026")."""
    low, _, high = window.partition("/")
    high = high or low
    return not any(
        low <= day.isoformat()[: len(low)] and day.isoformat()[: len(high)] <= high for day in days
    )


def reported_days_replaced(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Hold a reported premiere day when a plain served premiere day names another, and a
    reported window when no plain served premiere day falls in it."""

    def day(fact: ReleaseFact) -> bool:
        return fact.kind is ReleaseKind.PREMIERE_DATE and bool(fact.date)

    plain = {
        f.date
        for f in facts
        if day(f)
        and f.confidence >= SERVE_LINE
        and not f.hedged
        and f.date is not None
        and not _REPORTED.search(f.evidence)
    }
    if not plain:
        return facts
    return [
        held(fact, "a reported day the article's own replaced")
        if day(fact) and plain - {fact.date} and _REPORTED.search(fact.evidence)
        else held(fact, "a reported window the article's own day replaced")
        if fact.kind is ReleaseKind.WINDOW
        and fact.window
        and _outside(fact.window, plain)
        and _REPORTED.search(fact.evidence)
        else fact
        for fact in facts
    ]
