"""A premiere day only reported ("Several outlets reported earlier this month that the film
would arrive on 10 April") beside another the article states itself ("will stream from Friday 17
April"): the report is what the article's own day replaced, so the reported day is held."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.facts import SERVE_LINE, ReleaseFact, ReleaseKind, held

_REPORTED = lazy_pattern(
    r"\b(?:had[ ])?(?:reported|claimed|suggested)(?:[ ](?:earlier|previously|initially|"
    r"originally|last[ ](?:week|month)|earlier[ ]this[ ](?:week|month|year)))?[ ]that\b"
)
"""A report told in the past: "reported earlier this month that", "had claimed that"."""


def reported_days_replaced(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Hold a reported premiere day when a plain served premiere day names another."""

    def day(fact: ReleaseFact) -> bool:
        return fact.kind is ReleaseKind.PREMIERE_DATE and bool(fact.date)

    plain = {
        f.date
        for f in facts
        if day(f)
        and f.confidence >= SERVE_LINE
        and not f.hedged
        and not _REPORTED.search(f.evidence)
    }
    return [
        held(fact, "a reported day the article's own replaced")
        if day(fact) and plain - {fact.date} and _REPORTED.search(fact.evidence)
        else fact
        for fact in facts
    ]
