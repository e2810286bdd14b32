"""A day named from the article's date, glossed by its distance from an event: "lands on Netflix
on Friday, three days after the premiere". The gloss does not count on from the day (the day is
where it lands); and when the sentence writes the event's date too ("The premiere, on Tuesday 3
March, ...") the two must agree, or the day is held. A day gone by glossed as the day the film
came out ("I watched it on Friday, the day it dropped on Netflix") dates the release, though
the verb before the day is the viewer's.
"""

from __future__ import annotations

import datetime as dt

from bot.extract.dates import DATE_RE, OFFSET_RE, RELATIVE_DAY_RE, offset_days, parse_date
from bot.facts import ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_GLOSS = lazy_pattern(r"(?:,[ ]|[ ][–—-][ ]|[ ]\()(?:just[ ]|only[ ]|exactly[ ])?")
"""What joins a day to its gloss: ", three days after", " – just two days after", " (a week
after"."""


_AHEAD_OF_IT = lazy_pattern(
    r"(?:(?:some|several|a[ ]few|many|two|three|four|five|six)[ ])?(?:weeks|months)[ ]"
    r"(?:before|ahead[ ]of)[ ](?:it|its)\b"
)
"""A gloss that sets the day weeks or months before the film's own opening ("drew an ovation
on Friday night, months before it opens in cinemas"): the day is an event's, not the release."""

_PART_OF_DAY = lazy_pattern(r"[ ](?:night|evening|morning|afternoon)\b")


def glosses_a_day(chunk: str, start: int) -> bool:
    """The offset at ``start`` follows a named day straight after a comma ("on Friday, three
    days after the premiere"): it tells that day's distance, not a date of its own."""
    if "day" not in chunk[:start] and "night" not in chunk[:start]:
        return False
    return any(
        (gloss := _GLOSS.match(chunk, m.end())) is not None and gloss.end() == start
        for m in RELATIVE_DAY_RE.finditer(chunk, 0, start)
    )


def checked_day(chunk: str, end: int, fact: ReleaseFact, ref: dt.date | None) -> ReleaseFact:
    """Hold ``fact`` (dated by the day ending at ``end``) when the gloss after it counts from an
    event dated in the sentence to another day, or sets the day weeks or months before the
    release."""
    part = _PART_OF_DAY.match(chunk, end)  # "on Friday night, months before ..."
    ahead = _GLOSS.match(chunk, part.end() if part is not None else end)
    if ahead is not None and _AHEAD_OF_IT.match(chunk, ahead.end()) is not None:
        return held(fact, "an event some time before the release")
    gloss = _GLOSS.match(chunk, end)
    offset = OFFSET_RE.match(chunk, gloss.end()) if gloss is not None else None
    if offset is None or offset["dir"] == "later" or fact.date is None:
        return fact
    written = [m for m in DATE_RE.finditer(chunk) if m.end() <= end or m.start() >= offset.end()]
    event = parse_date(written[0], ref, past=False) if len(written) == 1 else None
    if event is None:
        return fact
    if event + dt.timedelta(days=offset_days(offset)) == fact.date:
        return fact
    return held(fact, "the day and its distance from the event differ")


_CAME_THAT_DAY = lazy_pattern(
    r",[ ](?:the[ ]day|when)[ ](?:it|the[ ](?:film|movie|series|show|season|finale))[ ]"
    r"(?:finally[ ]|first[ ])?(?:dropped|premiered|landed|arrived|launched|debuted|came[ ]out|"
    r"was[ ]released|went[ ]live)\b"
)
"""The gloss right after the day: ", the day it dropped", ", when the film premiered"."""


def day_it_came(
    chunk: str, end: int, day: dt.date, ref: dt.date | None, evidence: str
) -> ReleaseFact | None:
    """The release on ``day`` (the named day ending at ``end``) when the gloss after it says it
    came out then and the day is not after the article's (``ref``)."""
    if ref is None or day > ref or _CAME_THAT_DAY.match(chunk, end) is None:
        return None
    return ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)
