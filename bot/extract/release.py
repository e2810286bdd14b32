"""Release statements: no date yet, a window, a premiere date, the title, and filming milestones.

Each date or window in a sentence is classified by the verb just before it ("will premiere on",
"began on", "came to an end on", "hits theaters April 10", "is filming this summer", "expected
to arrive in early 2026"). Days named relative to the article ("yesterday", "on Friday",
"Thursday the 23rd") and offsets from an event ("two days before it lands", "three days after
the premiere") count from the article's date. Sentences about another production, fan
speculation, back-references ("had been due to arrive on ...") and trailer or event dates (a
world premiere, a gala, a red carpet, a festival or preview screening) are skipped, so only
what the article states about its own film now is recorded. "Cameras are now rolling" is
filming under way even without a date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bot.extract.context import TITLE_RE, TITLE_WORDS, Context
from bot.extract.dates import (
    DATE_RE,
    MAY_HOLD_DATE,
    MONTH_HINT,
    OFFSET_RE,
    RELATIVE_DAY_RE,
    WINDOW_ANCHOR,
    WINDOW_RE,
    may_hold_window,
    offset_days,
    parse_date,
    parse_relative_day,
    parse_window,
)
from bot.extract.names import TOKEN, clean_name
from bot.extract.text import Doc, View, hint
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
    r"a[ ]mystery|to[ ]be[ ]confirmed|tbc)\b"
    r"|\b(?:has|have)(?:n['’]t|[ ]not)[ ](?:yet[ ])?dated[ ]the[ ](?:film|movie|series|show)\b",
    re.IGNORECASE,
)
_NEGATED_DATE_CLAIM = re.compile(r"\b(?:finally|now)[ ]has[ ]a\b", re.IGNORECASE)

_RELEASE_VERB = re.compile(
    r"\b(?:premieres?|premiering|arrives?|arriving|lands?|landing|launch(?:es|ing)?|debuts?|"
    r"debuting|released?|releasing|hits?|hitting|drops?|dropping|streams?|streaming|opens?|"
    r"opening|out|come[ ]out|comes[ ]out|coming|bows?|available|see[ ]it|watch[ ]it|release|"
    r"(?:is|are|will[ ]be)[ ]on[ ][A-Z][\w+]*)\b"
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
    r"convention|panel|screening|event|tour|signing|book|novel|season|episode|gala|"
    r"red[- ]carpet|preview|q&a|(?:world|european|uk|us|london|festival|gala|global|"
    r"international|the|its|a)[ ]premiere(?![ ]date)|premiere[ ](?:screening|event|party))s?\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:hope|hopes|hoping|hopefully|hoped|could|might|may|perhaps|possibly|likely|reportedly|"
    r"rumou?red|fingers[ ]crossed|planning|plans[ ]to|aims?|aiming|[Ss]ources?)\b"
)
_DIRECT_VERB = re.compile(
    r"\b(?:began|begun|started|wrapped|ended|premieres?|hits?|lands?|arrives?|opens?|debuts?|"
    r"streams?|drops?|(?:is|are)[ ]in)(?:[ ](?:on|in|at))?(?:[ ](?:[A-Z][\w.&]*|theaters|"
    r"theatres|cinemas|screens)){0,3}$"
)
"""A date straight after the verb: "Filming began June 16", "hits US theaters April 10"."""
_UNDER_WAY = re.compile(
    r"\b(?:cameras|filming|production|principal[ ]photography|shooting|the[ ]shoot)[ ](?:is|are|"
    r"has|have)[ ](?:now[ ]|officially[ ]|finally[ ]|already[ ])*(?P<state>rolling|under[ ]?way|"
    r"begun|started|wrapped|finished|ended)\b",
    re.IGNORECASE,
)
_WORDS_BEFORE = 9
_WINDOW_LEAD = 24
"""How far before its anchor a window's words start ("the second half of 2026")."""
_SUBTITLED = re.compile(
    rf"(?<![\w’'-])(?P<title>(?P<main>{TOKEN}(?:[ ]{TOKEN}){{0,2}}):[ ]{TOKEN}[ ]{TITLE_WORDS})"
    r"(?=[ ,.;]|$)(?![ ]\w+:)"
)
"""The film's own name with a subtitle, used as a name: "In Lanterns: The Long Night, which
opens ...". Only when the name before the colon is the article's production."""


def find_release(doc: Doc, context: Context) -> list[ReleaseFact]:
    """Release and production statements the article makes about its own film."""
    facts: list[ReleaseFact] = []
    for view in doc.views:
        sentence = view.span
        if sentence.start in context.foreign:
            continue
        evidence = doc.text[sentence.start : sentence.end].strip()
        facts.extend(_sentence_release(doc, context, view, evidence))
    return _dedupe(facts)


def _sentence_release(
    doc: Doc, context: Context, view: View, evidence: str
) -> Iterator[ReleaseFact]:
    sentence, chunk, lower = view.span, view.chunk, view.lower
    if (
        _DATE_HINT.search(lower)
        and _NOT_ANNOUNCED.search(chunk)
        and not _NEGATED_DATE_CLAIM.search(chunk)
    ):
        yield ReleaseFact(ReleaseKind.NOT_ANNOUNCED, evidence)
    if _TITLE_HINT.search(lower):
        original = doc.text[sentence.start : sentence.end]
        for match in TITLE_RE.finditer(original):
            yield ReleaseFact(ReleaseKind.TITLE, evidence, title=match["title"])
    if ": " in chunk:
        for match in _SUBTITLED.finditer(chunk):
            title = (
                clean_name(match["title"].split(":", 1)[0]) + ":" + match["title"].split(":", 1)[1]
            )
            if context.is_ours(match["main"]) or doc.text.count(title) > 1:
                yield ReleaseFact(ReleaseKind.TITLE, evidence, title=title)
    if MONTH_HINT.search(chunk) and MAY_HOLD_DATE.search(chunk):
        yield from _dates(doc, chunk, evidence)
    if may_hold_window(chunk, lower):
        yield from _windows(doc, chunk, evidence)
    if _RELATIVE_HINT.search(chunk):
        yield from _relative(doc, chunk, evidence)
    if _UNDER_WAY_HINT.search(lower):
        for match in _UNDER_WAY.finditer(chunk):
            if _FUTURE.search(chunk, 0, match.start()) is None:
                done = match["state"].lower() in {"wrapped", "finished", "ended"}
                kind = ReleaseKind.FILMING_WRAPPED if done else ReleaseKind.FILMING_STARTED
                yield ReleaseFact(kind, evidence)


_UNDER_WAY_HINT = hint("rolling", "under way", "underway", "begun", "started", "wrapped",
                       "finished", "ended")  # fmt: skip
_RELATIVE_HINT = hint("day", "night", "morning", "afternoon", "evening", "week")
_DATE_HINT = hint("date", "window", "when")
_TITLE_HINT = hint("name", "title", "called")


def _relative(doc: Doc, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    """Days named from the article's date, and offsets from an event dated in the sentence."""
    anchor: dt.date | None = None
    dates = [m.span() for m in DATE_RE.finditer(chunk)] if MAY_HOLD_DATE.search(chunk) else []
    for match in RELATIVE_DAY_RE.finditer(chunk):
        if any(start <= match.end() and match.start() <= end for start, end in dates):
            continue  # "on Friday 13 February" is a full date, read by _dates
        before = _before(chunk, match.start())
        clause = _clause_before(chunk, match.start())
        past = _FILMING_NOUN.search(chunk) is not None and (
            _STARTED.search(before) is not None or _WRAPPED.search(before) is not None
        )
        day = parse_relative_day(match, doc.date, past=past)
        if day is None:
            continue
        if _NOT_THE_FILM.search(clause) or _BACK_REFERENCE.search(clause):
            anchor = anchor or day
            continue
        fact = _classified(day, before, clause, chunk, evidence)
        if fact is not None:
            yield fact
    offset = OFFSET_RE.search(chunk)
    if offset is not None:
        anchor = anchor or _event_date(doc, chunk)
        if anchor is not None and _RELEASE_AFTER.match(chunk, offset.end()):
            days = offset_days(offset)  # "two days before it lands": the release comes after
            yield ReleaseFact(
                ReleaseKind.PREMIERE_DATE, evidence, date=anchor + dt.timedelta(-days)
            )
        elif anchor is not None and _RELEASE_VERB.search(_before(chunk, offset.start())):
            day = anchor + dt.timedelta(days=offset_days(offset))
            yield ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)


def _event_date(doc: Doc, chunk: str) -> dt.date | None:
    """The date of the event an offset counts from, written in the same sentence."""
    for match in DATE_RE.finditer(chunk):
        return parse_date(match, doc.date, past=False)
    return None


def _dates(doc: Doc, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    for match in DATE_RE.finditer(chunk):
        if _SPECULATION.search(chunk, 0, match.start()):
            continue
        fact = _dated(doc.date, chunk, match, evidence)
        if fact is not None:
            yield fact


def _windows(doc: Doc, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    for match in _window_matches(chunk):
        if _SPECULATION.search(chunk, 0, match.start()):
            continue
        fact = _windowed(doc.date, chunk, match, evidence)
        if fact is not None:
            yield fact


def _window_matches(chunk: str) -> list[re.Match[str]]:
    """:data:`WINDOW_RE` tried only just around its anchors (a year, month or season)."""
    found: list[re.Match[str]] = []
    end = 0
    for anchor in WINDOW_ANCHOR.finditer(chunk):
        if anchor.start() < end:
            continue
        match = WINDOW_RE.search(chunk, max(anchor.start() - _WINDOW_LEAD, end), anchor.end() + 6)
        if match is not None and match.end() >= anchor.end():
            found.append(match)
            end = match.end()
    return found


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
    if not before.endswith((" on", " from")) and not _DIRECT_VERB.search(before):
        return None
    if _BACK_REFERENCE.search(clause) or _ANTECEDENT_EVENT.search(chunk, 0, match.start()):
        return None
    filming = _FILMING_NOUN.search(chunk) and (_STARTED.search(before) or _WRAPPED.search(before))
    day = parse_date(match, ref, past=bool(filming))
    return _classified(day, before, clause, chunk, evidence) if day else None


_RELEASE_AFTER = re.compile(
    r"[ ](?:it|the[ ](?:film|movie|series|show))[ ](?:\w+[ ])?(?:lands|arrives|hits|premieres|"
    r"opens|debuts|streams|drops|is[ ]released|comes[ ]out)\b"
)
"""What an offset counts to: "two days before it lands"."""
_ANTECEDENT_EVENT = re.compile(
    r"\b(?:premiere|gala|screening|festival|event)[ ]?,[ ](?:which|that)[ ](?:is|was|will[ ]be|"
    r"takes[ ]place|falls)[ ](?:on|from)[ ]$"
)
"""An event named before its date: "three days after the premiere, which is on 10 June"."""


def _classified(
    day: dt.date, before: str, clause: str, chunk: str, evidence: str
) -> ReleaseFact | None:
    """A dated statement: filming started or wrapped, or the release, by the verb before it."""
    if _FILMING_NOUN.search(chunk) and (_STARTED.search(before) or _WRAPPED.search(before)):
        if _FUTURE.search(clause):
            return None
        kind = (
            ReleaseKind.FILMING_STARTED if _STARTED.search(before) else ReleaseKind.FILMING_WRAPPED
        )
        return ReleaseFact(kind, evidence, date=day)
    if _RELEASE_VERB.search(before) and not _NOT_THE_FILM.search(clause):
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
        hedged = _hedged(clause)
        return ReleaseFact(ReleaseKind.FILMING_PLANNED, evidence, window=window, hedged=hedged)
    if (_RELEASE_VERB.search(before) or noun_release) and not _NOT_THE_FILM.search(before):
        return ReleaseFact(ReleaseKind.WINDOW, evidence, window=window, hedged=_hedged(before))
    return None


def _hedged(text: str) -> bool:
    return _HEDGE.search(text) is not None


def _dedupe(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """One fact per value; a dateless "filming is under way" only if no date says when."""
    seen: set[tuple[ReleaseKind, object, object, object]] = set()
    unique: list[ReleaseFact] = []
    dated = {f.kind for f in facts if f.date is not None}
    for fact in facts:
        status = fact.kind in {ReleaseKind.FILMING_STARTED, ReleaseKind.FILMING_WRAPPED}
        if status and fact.date is None and fact.kind in dated:
            continue
        key = (fact.kind, fact.date, fact.window, fact.title)
        if key not in seen:
            seen.add(key)
            unique.append(fact)
    return unique
