"""A shoot's start told by a fronted "since": the date opens the sentence.

"Since Monday 3 March, a crew of sixty has been filming the drama on the island" and "Since 3
March, cameras have been rolling in Hull" date the start of the shoot, as "has been filming
since 3 March" does. The subject is the unit (an article's noun, or cameras), never a person
("Since 3 March, she has been filming another series"); a shoot "here" or "there" is one
place's (where the reporter stands), and another work's shoot is not the production's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from bot.extract.dates import DATE_RE, parse_date
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_FRONTED = lazy_pattern(
    r"Since[ ](?P<date>[^,;]{4,30}),[ ](?:(?:a|an|the)[ ][^,;]{1,40}?[ ](?:has|have)|"
    r"[Cc]ameras[ ]have)[ ]been[ ](?:filming|shooting|rolling)\b(?P<rest>[^;]*)"
)
_ELSEWHERE = lazy_pattern(r"\b(?:here|there|another|other|next|previous|last)\b")


def fronted_since(ref: dt.date | None, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    """The shoot's start on the date a sentence opens with ("Since 3 March, ... has been
    filming ..."); nothing for a person's shoot, a place's, or another work's."""
    match = _FRONTED.match(chunk)
    if match is None or _ELSEWHERE.search(match.group()):
        return
    date = DATE_RE.fullmatch(match["date"])
    day = parse_date(date, ref, past=True) if date else None
    if day is not None and (ref is None or day <= ref):
        yield ReleaseFact(ReleaseKind.FILMING_STARTED, evidence, date=day)
