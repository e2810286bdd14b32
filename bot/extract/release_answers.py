"""A paragraph that is nothing but a full date, under a heading or question about the release
date: "When is it out?" / "Friday 20 March 2026, on Netflix." The date is the premiere's. Only
a full date with its year, standing alone (a platform may follow); anything more is read by the
ordinary rules.
"""

from __future__ import annotations

from bot.extract.dates import DATE_RE, parse_date
from bot.extract.release_asked import asks_for_date
from bot.extract.release_labels import PLATFORM, STOP, labelled_date
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_TAIL = lazy_pattern(PLATFORM + STOP)
"""What may follow the date: the platform ("on Netflix") and a full stop."""
_ASCII_DIGIT = lazy_pattern(r"[0-9]")
_WIDE_WORD = lazy_pattern(r"[^\W\x00-\x7f]")
"""Where any other digit ``str.isdigit`` allows must be: a non-ASCII word character ("²", "٣")."""


def _has_digit(text: str) -> bool:
    """``any(ch.isdigit() for ch in text)``, scanned in C: it runs on every sentence, and few
    hold a digit."""
    if _ASCII_DIGIT.search(text) is not None:
        return True
    return not text.isascii() and any(ch.isdigit() for ch in _WIDE_WORD.findall(text))


def answered_date(doc: Doc, view: View, evidence: str) -> list[ReleaseFact]:
    """The premiere date given as the whole answer to a release-date heading."""
    chunk = view.chunk
    if not _has_digit(chunk):
        return []
    labelled = labelled_date(doc, view, evidence) if ":" in chunk[:24] else []
    if labelled or len(chunk) > 60:
        return labelled  # "Release date: Friday 15 May on Netflix."
    date = DATE_RE.match(chunk, len(chunk) - len(chunk.lstrip()))
    if date is None or not (date["y1"] or date["y2"]) or not _TAIL.fullmatch(chunk, date.end()):
        return []
    if not asks_for_date(doc, view):
        return []
    day = parse_date(date, doc.date, past=False)
    return [] if day is None else [ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)]
