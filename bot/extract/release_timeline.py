"""A timeline's entry: a date, a colon, and what happened then in the present tense.

"• 9 June 2025: Cameras roll in Leeds." and "12 August 2025 – Filming wraps after ten weeks."
give the shoot's start and wrap on that day. Only an entry whose subject is the shoot itself,
dated no later than the article, counts (a later one is a plan, read elsewhere if at all).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bot.extract.dates import DATE_RE, parse_date
from bot.facts import ReleaseFact, ReleaseKind

_ENTRY = re.compile(r"[ ]*(?:[•·▪◦*-][ ]*)?(?=\d|[A-Z])")
_AFTER_DATE = re.compile(r"[ ]*(?::|[–—-])[ ]+")
_SHOOT = (
    r"(?:[Pp]rincipal[ ]photography|[Ff]ilming|[Pp]roduction|[Ss]hooting|[Tt]he[ ]shoot|"
    r"[Cc]ameras)"
)
_STATUS = re.compile(
    rf"{_SHOOT}[ ](?:officially[ ]|finally[ ])?(?P<state>begins|starts|gets[ ]under[ ]?way|"
    r"kicks[ ]off|commences|roll|rolls|start[ ]rolling|wraps|ends|finishes|concludes)\b"
    r"(?![ ](?:on|for)[ ][A-Z“\"‘'])"
)
"""The shoot's start or end (not "Filming begins on Dry Dock": another work's)."""
_DONE = frozenset({"wraps", "ends", "finishes", "concludes"})


def timeline_status(ref: dt.date | None, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    """The shoot's start or wrap from a timeline entry (the sentence opens with its date)."""
    if ref is None or (":" not in chunk and "–" not in chunk and "—" not in chunk):
        return
    entry = _ENTRY.match(chunk)
    date = DATE_RE.match(chunk, entry.end()) if entry is not None else None
    if date is None or not (date["y1"] or date["y2"]):
        return
    after = _AFTER_DATE.match(chunk, date.end())
    status = _STATUS.match(chunk, after.end()) if after is not None else None
    day = parse_date(date, ref, past=True) if status is not None else None
    if status is None or day is None or day > ref:
        return
    done = status["state"] in _DONE
    kind = ReleaseKind.FILMING_WRAPPED if done else ReleaseKind.FILMING_STARTED
    yield ReleaseFact(kind, evidence, date=day)
