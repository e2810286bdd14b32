"""A shoot's day written without a year, just after a sentence that names its month with a
year: "Belfast and Larne, from March to May of last year. We wrapped on May 30." The wrap is
that May, not the May the article's own date would give a bare day. The sentence before, or an
interview's question just before it, must tell the shoot: "The first series premiered in May
2023. We wrapped on May 30." dates a premiere, not the wrap."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.extract.dates import month_number, safe_date
from bot.extract.lexicon import MONTH_PATTERN
from bot.extract.text import Doc, Span
from bot.facts import SHOOT_KINDS, ReleaseFact
from bot.lazy_patterns import lazy_pattern

_MONTH_YEAR = lazy_pattern(
    rf"\b(?P<month>{MONTH_PATTERN})[ ](?:of[ ])?"
    r"(?:(?P<year>\d{4})\b|(?P<rel>last|this|next)[ ]year\b)"
)
"""A month told with its year: "May 2024", "May of last year"."""
_SHOOT_WORD = (
    r"\b(?i:filmed|filming|shoot|shooting|shot|principal[ ]photography|production|cameras|wrap)"
)
_SHOOT_TOLD = lazy_pattern(_SHOOT_WORD)
"""The sentence before tells the shoot ("was filmed in Belfast from March to May of last year"):
its month's year is the shoot's; a premiere's or an award's ("premiered in May 2023") is not."""
_SHOOT_ASKED = lazy_pattern(rf"{_SHOOT_WORD}|\b(?i:film)\b")
"""A question on the shoot, where "film" is the verb: "Where did you film?"."""
_ANY_YEAR = lazy_pattern(r"\b(?:19|20)\d{2}\b|\b(?:last|this|next)[ ]year\b")
_REL = {"last": -1, "this": 0, "next": 1}


def prior_years(doc: Doc, release: list[ReleaseFact]) -> list[ReleaseFact]:
    """Each shoot day of ``release`` told without a year, re-dated to the year the sentence
    before (same paragraph) gives its month."""
    return [_redated(doc, fact) for fact in release]


def _redated(doc: Doc, fact: ReleaseFact) -> ReleaseFact:
    if fact.kind not in SHOOT_KINDS or fact.date is None or doc.date is None:
        return fact
    at = doc.text.find(fact.evidence)
    here = next((s for s in doc.sentences if s.start <= at < s.end), None) if at >= 0 else None
    if here is None or _ANY_YEAR.search(doc.text, here.start, here.end):
        return fact  # the sentence gives its own year
    prior = [s for s in doc.sentences if s.end <= here.start]
    before = [s for s in prior if s.para == here.para]
    if not before or not _shoot_told(doc, prior):
        return fact  # no sentence before, or one not about the shoot
    years = {
        _year(match, doc.date)
        for match in _MONTH_YEAR.finditer(doc.text, before[-1].start, before[-1].end)
        if month_number(match["month"]) == fact.date.month
    }
    if len(years) != 1 or fact.date.year in years:
        return fact
    day = safe_date(years.pop(), fact.date.month, fact.date.day)
    return fact if day is None else replace(fact, date=day)


def _shoot_told(doc: Doc, prior: list[Span]) -> bool:
    """The sentence before tells the shoot, or the question just before it asks of it ("Where
    did you film?" over "Belfast and Larne, from March to May of last year.")."""
    if _SHOOT_TOLD.search(doc.text, prior[-1].start, prior[-1].end):
        return True
    if len(prior) < 2 or not doc.text[prior[-2].start : prior[-2].end].rstrip().endswith("?"):
        return False
    return _SHOOT_ASKED.search(doc.text, prior[-2].start, prior[-2].end) is not None


def _year(match: re.Match[str], ref: dt.date) -> int:
    return int(match["year"]) if match["year"] else ref.year + _REL[match["rel"].lower()]
