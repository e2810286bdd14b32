"""The premiere day of a reviewed work, read from the where line under the review's headline.

A review heads its page with the work's name and "review" ("Tin Lane review – a small, salty
delight") and, in the short lines under it before its text (a byline, the stars), where and when
to watch: "Streamly, from Friday", "In cinemas from 12 June" (invented examples). That line's
day is the reviewed work's premiere, as a guide pick's where line is (see
:mod:`bot.extract.release_guide_picks`). Read only when nothing else served a premiere day.
"""

from __future__ import annotations

from bot.extract.release_guide_picks import where_day
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_REVIEWED = lazy_pattern(r"[‘“'\"]?[A-Z][^–—:|.!?]{1,60}?[ ][Rr]eview\b")
"""A headline that opens on a work's name and "review": "Tin Lane review – ..."."""
_HEAD_LINES = 4
"""How many lines under the headline the where line may stand in (byline, stars, where)."""
_SHORT = 80
"""A line longer than this is the review's text: the head lines end there."""


def with_review_where(doc: Doc, release: list[ReleaseFact]) -> list[ReleaseFact]:
    """``release`` with the premiere day a review's where line gives, where none was served."""
    if doc.title_para is None or doc.date is None:
        return release
    if any(f.kind is ReleaseKind.PREMIERE_DATE and f.served for f in release):
        return release
    headline = doc.paras[doc.title_para]
    if _REVIEWED.match(doc.text, headline.start, headline.end) is None:
        return release
    for para in doc.paras[doc.title_para + 1 : doc.title_para + 1 + _HEAD_LINES]:
        line = doc.text[para.start : para.end].strip()
        if len(line) > _SHORT:
            break
        day = where_day(line, doc.date)
        if day is not None:
            return [*release, day]
    return release
