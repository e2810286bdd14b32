"""A timeline's entry: a date, a colon, and what happened then in the present tense.

"• 9 June 2025: Cameras roll in Leeds." and "12 August 2025 – Filming wraps after ten weeks."
give the shoot's start and wrap on that day; so does a stage's heading ("21 November 2025:
That's a wrap") for the shoot's start or end its next paragraph tells without a date ("Filming
ended after 54 days."). Only an entry whose subject is the shoot itself,
dated no later than the article, counts (a later one is a plan, read elsewhere if at all).
A schedule's entry whose subject is our work and whose verb is its release ("- Friday 6 March:
Tidewater drops on Netflix worldwide at 8am") gives the premiere, on that day or a later one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

from bot.extract.context import Context, all_known
from bot.extract.dates import DATE_RE, parse_date
from bot.extract.text import Doc, View
from bot.facts import SHOOT_KINDS, ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_ENTRY = lazy_pattern(r"[ ]*(?:[•·▪◦*-][ ]*)?(?=\d|[A-Z])")
_AFTER_DATE = lazy_pattern(r"[ ]*(?::|[–—-])[ ]+")
_SHOOT = (
    r"(?:[Pp]rincipal[ ]photography|[Ff]ilming|[Pp]roduction|[Ss]hooting|[Tt]he[ ]shoot|"
    r"[Cc]ameras)"
)
_STATUS = lazy_pattern(
    rf"{_SHOOT}[ ](?:officially[ ]|finally[ ])?(?P<state>begins|starts|gets[ ]under[ ]?way|"
    r"kicks[ ]off|commences|roll|rolls|start[ ]rolling|wraps|ends|finishes|concludes)\b"
    r"(?![ ](?:on|for)[ ][A-Z“\"‘'])|(?:That|It)[’']s[ ]a[ ](?P<wrap>wrap)\b"
)
"""The shoot's start or end (not "Filming begins on Dry Dock": another work's)."""
_DONE = frozenset({"wraps", "ends", "finishes", "concludes"})
_RELEASED = lazy_pattern(
    r"(?:(?P<noun>[Tt]he[ ](?:film|movie|series|show|finale)|It)"
    r"|(?P<work>[A-Z][\w’'-]*(?:[ ](?:[A-Z0-9][\w’'-]*|of|the|and|in)){0,5}))"
    r"[ ](?:officially[ ])?(?:drops|lands|arrives|premieres|launches|hits|debuts|streams|opens|"
    r"comes[ ]out|is[ ]released)(?=[ ](?:on|in|worldwide)\b)"
)
"""Our work's release as a schedule entry's clause: "Tidewater drops on Netflix"."""


def timeline_status(
    ref: dt.date | None, chunk: str, evidence: str, context: Context
) -> Iterator[ReleaseFact]:
    """The shoot's start or wrap from a timeline entry (the sentence opens with its date), or
    the release from a schedule's entry."""
    if ref is None or (":" not in chunk and "–" not in chunk and "—" not in chunk):
        return
    entry = _ENTRY.match(chunk)
    date = DATE_RE.match(chunk, entry.end()) if entry is not None else None
    after = _AFTER_DATE.match(chunk, date.end()) if date is not None else None
    released = _RELEASED.match(chunk, after.end()) if after is not None else None
    if date is not None and released is not None and _ours(released["work"], context):
        day = parse_date(date, ref, past=False)
        if day is not None and day >= ref:
            yield ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)
        return
    if date is None or not (date["y1"] or date["y2"]):
        return
    status = _STATUS.match(chunk, after.end()) if after is not None else None
    day = parse_date(date, ref, past=True) if status is not None else None
    if status is None or day is None or day > ref:
        return
    done = bool(status["wrap"]) or status["state"] in _DONE
    kind = ReleaseKind.FILMING_WRAPPED if done else ReleaseKind.FILMING_STARTED
    yield ReleaseFact(kind, evidence, date=day)


def _ours(work: str | None, context: Context) -> bool:
    """The entry's subject is the article's own work: a noun for it, or its name (or words of
    the headline)."""
    return work is None or all_known(work, context)


_STAGE_WORDS = 10
"""At most this many words in a stage's heading after its date."""


def stage_dated(doc: Doc, view: View, found: list[ReleaseFact]) -> list[ReleaseFact]:
    """The shoot's undated start or end in the paragraph under a timeline stage's heading, dated
    by the heading ("21 November 2025: That's a wrap" / "Filming ended after 54 days.")."""
    if doc.date is None or view.span.para == 0:
        return found
    if not any(f.kind in SHOOT_KINDS and f.date is None and f.window is None for f in found):
        return found
    heading = doc.paras[view.span.para - 1]
    line = doc.text[heading.start : heading.end].strip()
    entry = _ENTRY.match(line)
    date = DATE_RE.match(line, entry.end()) if entry is not None else None
    if date is None or not (date["y1"] or date["y2"]) or line.endswith((".", "?", "!")):
        return found
    after = _AFTER_DATE.match(line, date.end())
    day = parse_date(date, doc.date, past=True)
    rest = line[after.end() :].split() if after is not None else []
    if not rest or len(rest) > _STAGE_WORDS or day is None or day > doc.date:
        return found
    return [
        replace(f, date=day) if f.kind in SHOOT_KINDS and f.date is None and f.window is None else f
        for f in found
    ]
