"""The shoot's last day told by its month, in the past, at the sentence's start: "The last day of
filming, in September, was a blur", "The final day of the shoot came in May".

The last day of the shoot is its wrap, so the month is the wrap's. Told in the past only ("was",
"came", "fell"): "the last day of filming will be in May" is a plan, and "on the last day of
the shoot in June" inside a sentence may be an event planned for that day
(:func:`.release_ongoing.last_day_to_come` reads that).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from bot.extract.dates import month_number
from bot.extract.lexicon import MONTH_PATTERN
from bot.extract.release_work_shoots import LEAD_IN
from bot.extract.season_windows import latest_year
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_IN = r"(?:back[ ])?in[ ](?:(?:early|late)[ ]|mid-|mid[ ])?"
"""Before the month: "in", "back in", "in late", "in mid-"."""
_LAST_DAY = lazy_pattern(
    LEAD_IN + r"(?:(?:[Tt]he|[Oo]ur)[ ](?:last|final)[ ]day[ ]of[ ]"
    r"(?:filming|shooting|the[ ]shoot|principal[ ]photography)"
    r"|(?:[Ff]ilming|[Ss]hooting|[Tt]he[ ]shoot)[’']s[ ](?:last|final)[ ]day)"
    rf"(?:,[ ]{_IN}(?P<aside>{MONTH_PATTERN}),[ ](?:was|came|felt|ended|brought)\b"
    rf"|[ ](?:was|came|fell|arrived)[ ]{_IN}(?P<month>{MONTH_PATTERN})(?![ ]?\d))"
)
"""The shoot's last day by its noun or its possessive ("Filming's final day"), then its month
told in the past, in an aside ("The last day of filming, back in May, felt") or after the verb
("came in May", "arrived in late May", "was back in May")."""


def last_day_month(ref: dt.date | None, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    """The wrap's month when the sentence opens with the shoot's last day told as past."""
    if ref is None or " day" not in chunk:
        return
    match = _LAST_DAY.match(chunk)
    if match is None:
        return
    month = month_number(match["aside"] or match["month"])
    yield ReleaseFact(
        ReleaseKind.FILMING_WRAPPED, evidence, window=f"{latest_year(month, ref)}-{month:02d}"
    )
