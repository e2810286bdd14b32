"""Release statements: no date yet, a window, a premiere date, the title, and filming milestones.

Each date or window in a sentence is classified by the verb just before it ("will premiere on",
"began on", "came to an end on", "is filming this summer", "expected to arrive in early 2026").
Sentences about another production, fan speculation, back-references ("had been due to
arrive on ...", "had previously committed to ...") and trailer or event dates are skipped, so
only what the article states about its own film now is recorded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bot.extract.context import TITLE_RE, Context
from bot.extract.dates import (
    DATE_RE,
    MAY_HOLD_DATE,
    WINDOW_RE,
    may_hold_window,
    parse_date,
    parse_window,
)
from bot.extract.text import Doc, Span
from bot.facts import ReleaseFact, ReleaseKind

_NOT_ANNOUNCED = re.compile(
    r"\b(?:do|does|did)(?:n['’]t|[ ]not)[ ]have[ ](?:a|an|any)[ ](?:\w+[ ])?(?:date|window)\b"
    r"|\b(?:has|have|had)(?:n['’]t|[ ]not)[ ](?:yet[ ])?(?:said|announced|confirmed|revealed|"
    r"given|set|shared|named|attached|specified|committed|decided|locked)\b[^.;]{0,60}?"
    r"\b(?:date|window|when)\b"
    r"|\b(?:has|have|is|are)[ ]yet[ ]to[ ](?:\w+[ ]){0,2}?(?:attach|announce|confirm|reveal|set|"
    r"give|share|name|specify|lock|decide)\b[^.;]{0,60}?\b(?:date|window|when)\b"
    r"|\bno[ ](?:official[ ]|confirmed[ ]|firm[ ]|exact[ ]|set[ ])?(?:release[ ]|premiere[ ]|"
    r"launch[ ])?(?:date|window)\b"
    r"|\b(?:date|window)s?\b[^.;]{0,50}?\b(?:has|have|is|are)(?:n['’]t|[ ]not)?[ ](?:yet[ ])?"
    r"(?:not[ ])?(?:yet[ ]to[ ]be|been|to[ ]be)[ ](?:officially[ ])?(?:announced|confirmed|"
    r"revealed|set|shared|given|locked|decided)\b"
    r"|\b(?:date|window)s?\b[^.;]{0,50}?\bremains?[ ](?:unknown|unconfirmed|under[ ]wraps|"
    r"a[ ]mystery|to[ ]be[ ]confirmed|tbc)\b",
    re.IGNORECASE,
)
_NEGATED_DATE_CLAIM = re.compile(r"\b(?:finally|now)[ ]has[ ]a\b", re.IGNORECASE)

_RELEASE_VERB = re.compile(
    r"\b(?:premieres?|premiering|arrives?|arriving|lands?|landing|launch(?:es|ing)?|debuts?|"
    r"debuting|released?|releasing|hits?|hitting|drops?|dropping|streams?|streaming|opens?|"
    r"opening|out|come[ ]out|comes[ ]out|coming|bows?|available|see[ ]it|watch[ ]it|release)\b"
)
_FILMING_NOUN = re.compile(
    r"\b(?:principal[ ]photography|filming|production|shooting|the[ ]shoot|cameras|shoot)\b",
    re.IGNORECASE,
)
_STARTED = re.compile(
    r"\b(?:began|begun|begins|started|starts|kicked[ ]off|got[ ]under[ ]?way|commenced|"
    r"rolling|rolled)\b"
)
_WRAPPED = re.compile(
    r"\b(?:came[ ]to[ ]an[ ]end|wrapped(?:[ ]up)?|ended|finished|concluded|completed|wraps)\b"
)
_PLANNED = re.compile(
    r"\b(?:(?:is|are|will[ ]be)[ ](?:filming|shooting)|(?:due|set|scheduled|expected|slated|"
    r"planned|going|hoping)[ ]to[ ](?:start|begin|commence|roll|get[ ]under[ ]?way|film|shoot)"
    r"|(?:will|to)[ ](?:start|begin)[ ](?:filming|shooting|production)|(?:filming|shooting|"
    r"production)[ ](?:will[ ])?(?:starts?|begins?))\b"
)
_FUTURE = re.compile(r"\b(?:will|due|set[ ]to|scheduled|expected|slated|planned|going[ ]to)\b")
_BACK_REFERENCE = re.compile(
    r"\b(?:had[ ]been|had[ ]previously|had[ ]originally|previously|originally|initially|was[ ]due|"
    r"were[ ]due|was[ ]set|was[ ]scheduled|no[ ]longer|instead[ ]of|rather[ ]than|would[ ]have|"
    r"had[ ]planned|had[ ]hoped)\b"
)
_SPECULATION = re.compile(
    r"\b(?:fan[ ]theor\w*|theories|speculat\w*|rumou?r\w*|guess\w*|predict\w*|wishlist)\b",
    re.IGNORECASE,
)
_NOT_THE_FILM = re.compile(
    r"\b(?:trailer|teaser|clip|first[ ]look|poster|images?|photos?|soundtrack|festival|"
    r"convention|panel|screening|event|tour|signing|book|novel|season|episode)s?\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:hope|hopes|hoping|hopefully|hoped|could|might|may|perhaps|possibly|likely|reportedly|"
    r"rumou?red|fingers[ ]crossed)\b"
)
_WORDS_BEFORE = 9


def find_release(doc: Doc, context: Context) -> list[ReleaseFact]:
    """Release and production statements the article makes about its own film."""
    facts: list[ReleaseFact] = []
    for sentence in doc.body_sentences():
        chunk = doc.masked[sentence.start : sentence.end]
        if sentence.start in context.foreign:
            continue
        evidence = doc.text[sentence.start : sentence.end].strip()
        facts.extend(_sentence_release(doc, sentence, chunk, evidence))
    return _dedupe(facts)


def _sentence_release(doc: Doc, sentence: Span, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    lower = chunk.lower()
    if (
        any(key in lower for key in ("date", "window", "when"))
        and _NOT_ANNOUNCED.search(chunk)
        and not _NEGATED_DATE_CLAIM.search(chunk)
    ):
        yield ReleaseFact(ReleaseKind.NOT_ANNOUNCED, evidence)
    if any(key in lower for key in ("name", "title", "called")):
        original = doc.text[sentence.start : sentence.end]
        for match in TITLE_RE.finditer(original):
            yield ReleaseFact(ReleaseKind.TITLE, evidence, title=match["title"])
    if MAY_HOLD_DATE.search(chunk):
        yield from _dates(doc, chunk, evidence)
    if may_hold_window(chunk):
        yield from _windows(doc, chunk, evidence)


def _dates(doc: Doc, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    for match in DATE_RE.finditer(chunk):
        if _SPECULATION.search(chunk, 0, match.start()):
            continue
        fact = _dated(doc.date, chunk, match, evidence)
        if fact is not None:
            yield fact


def _windows(doc: Doc, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    for match in WINDOW_RE.finditer(chunk):
        if _SPECULATION.search(chunk, 0, match.start()):
            continue
        fact = _windowed(doc.date, chunk, match, evidence)
        if fact is not None:
            yield fact


def _before(chunk: str, start: int) -> str:
    """The few words leading up to ``start`` within its clause."""
    head = chunk[:start]
    words = head.split()[-_WORDS_BEFORE:]
    text = " ".join(words)
    for stop in (";", " – ", " — "):
        text = text.rsplit(stop, 1)[-1]
    return text


def _clause_before(chunk: str, start: int) -> str:
    """Text from the last comma (outside the date itself) up to ``start``."""
    head = chunk[:start]
    return re.split(r",[ ](?!\d{4})", head)[-1]


def _dated(
    ref: dt.date | None, chunk: str, match: re.Match[str], evidence: str
) -> ReleaseFact | None:
    before = _before(chunk, match.start())
    clause = _clause_before(chunk, match.start())
    if not before.endswith(" on") and not before.endswith(" from"):
        return None
    if _BACK_REFERENCE.search(clause):
        return None
    whole = chunk
    if _FILMING_NOUN.search(whole) and (_STARTED.search(before) or _WRAPPED.search(before)):
        if _FUTURE.search(clause):
            return None
        kind = (
            ReleaseKind.FILMING_STARTED if _STARTED.search(before) else ReleaseKind.FILMING_WRAPPED
        )
        day = parse_date(match, ref, past=True)
        return ReleaseFact(kind, evidence, date=day) if day else None
    if _RELEASE_VERB.search(before) and not _NOT_THE_FILM.search(clause):
        day = parse_date(match, ref, past=False)
        if day is None:
            return None
        return ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day, hedged=_hedged(clause))
    return None


def _windowed(
    ref: dt.date | None, chunk: str, match: re.Match[str], evidence: str
) -> ReleaseFact | None:
    before = _before(chunk, match.start())
    clause = _clause_before(chunk, match.start())
    window = parse_window(match, ref)
    if window is None or _BACK_REFERENCE.search(clause):
        return None
    noun_release = re.match(r"\s+release\b", chunk[match.end() :]) is not None
    if _PLANNED.search(before):
        return ReleaseFact(ReleaseKind.FILMING_PLANNED, evidence, window=window)
    if (_RELEASE_VERB.search(before) or noun_release) and not _NOT_THE_FILM.search(before):
        return ReleaseFact(ReleaseKind.WINDOW, evidence, window=window, hedged=_hedged(before))
    return None


def _hedged(text: str) -> bool:
    return _HEDGE.search(text) is not None


def _dedupe(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    seen: set[tuple[ReleaseKind, object, object, object]] = set()
    unique: list[ReleaseFact] = []
    for fact in facts:
        key = (fact.kind, fact.date, fact.window, fact.title)
        if key not in seen:
            seen.add(key)
            unique.append(fact)
    return unique
