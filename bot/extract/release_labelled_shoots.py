"""A shoot's months on a fact sheet's or a list's line opened by "Filmed" or "Shot" ("Filmed:
July–September 2025, Leeds", "- Shot March to May 2024 in Fife"): the production's own start and
wrap months. Only with the year written and the span already over by the article's date; the
line's other facts (where) do not matter. A shoot told by its year alone, or still ahead, is
left to the rules that read verbs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from bot.extract.dates import month_number
from bot.extract.lexicon import MONTH_PATTERN
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_LABELLED_SPAN = lazy_pattern(
    r"[-–•*·]?[ ]*(?:Filmed|Shot):?[ ](?:in[ ])?"
    rf"(?P<m1>{MONTH_PATTERN})(?:[ ](?P<y1>\d{{4}}))?"
    r"(?:[ ](?:to|until|through)[ ]|[ ]?[–-][ ]?)"
    rf"(?P<m2>{MONTH_PATTERN})[ ](?P<y2>\d{{4}})\b"
)
"""A line opened by "Filmed" or "Shot" and the span's two months, the last with its year."""


def labelled_shoot(ref: dt.date | None, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    """The start and wrap months a "Filmed ..." line gives, once the span is over."""
    if ref is None or not chunk.lstrip("-–•*· ").startswith(("Filmed", "Shot")):
        return
    match = _LABELLED_SPAN.match(chunk)
    if match is None:
        return
    first, last = month_number(match["m1"]), month_number(match["m2"])
    end = int(match["y2"])
    start = int(match["y1"]) if match["y1"] else end - (first > last)
    if (end, last) >= (ref.year, ref.month) or (start, first) > (end, last):
        return
    yield ReleaseFact(ReleaseKind.FILMING_STARTED, evidence, window=f"{start}-{first:02d}")
    yield ReleaseFact(ReleaseKind.FILMING_WRAPPED, evidence, window=f"{end}-{last:02d}")
