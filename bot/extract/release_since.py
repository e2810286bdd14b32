"""A release told by how long the film has been out: "has only been on Netflix since Friday",
"has been in cinemas since last Friday", "have been streaming since Monday". The day after
"since" is the day it came out, counted back from the article's date; a date written out after
"since" ("has been streaming on Netflix since Friday 17 April") is that day itself."""

from __future__ import annotations

import datetime as dt

from bot.extract.lexicon import COUNT_WORD
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_OUT_SINCE = lazy_pattern(
    r"\b(?:has|have)[ ](?:only[ ]|just[ ]|now[ ])?been[ ](?:out|available|streaming|showing|"
    r"playing|on[ ](?:[A-Z][\w+&-]*[ ]?){1,3}|in[ ](?:UK[ ]|US[ ]|Irish[ ])?(?:cinemas|theaters|"
    r"theatres))(?:[ ](?:on|in)[ ](?:[A-Z][\w+&-]*[ ]?){1,3})?"
    r"(?:[ ]?for[ ](?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a[ ]few|\d{1,2})[ ](?:days?|weeks?|months?),)?[ ]?$"
)
"""The film out on a platform or in cinemas up to the day "since" names, maybe with how long
set off before it ("has been on Netflix for a week, since Friday 17 April")."""


_SINCE = lazy_pattern(r"[ ]since[ ]?$")
""""since" straight before a date."""
_SINCE_REACH = 8
"""How far before the date "since" may end: its space and the word itself."""
_OUT_REACH = 80
"""How far before "since" the words telling the film is out may start (a clause's length)."""


def out_since_date(chunk: str, start: int) -> bool:
    """The date at ``start`` follows "since" after words telling the film has been out ("has
    been streaming on Netflix since Friday 17 April"): the day it came out."""
    since = _SINCE.search(chunk, max(start - _SINCE_REACH, 0), start)
    if since is None:
        return False
    told = chunk[max(since.start() - _OUT_REACH, 0) : since.start()]
    return _OUT_SINCE.search(told) is not None


_SINCE_ITS_RELEASE = lazy_pattern(
    rf"[ ](?:since|(?P<after>(?:a|an|one|{COUNT_WORD})[ ](?:days?|weeks?|months?)[ ]after))"
    r"[ ](?:its|the[ ](?:film|movie|series|show)[’']s)[ ](?:release|launch|arrival|debut)"
    r"(?:[ ](?:on|in)[ ](?:the[ ](?:streamer|service|platform)|(?:[A-Z][\w+&’'-]*[ ]?){1,3}))?"
    r"[ ]on[ ]?$"
)
"""The day "since its release on" names, maybe with the platform between ("since its launch on
Netflix on", "since its debut on the streamer on"): the film's release. So is the day of a
span counted "after" it, from a sentence in the present perfect ("has won two prizes, six
months after its debut on"): the span reaches now."""
_PERFECT = lazy_pattern(r"\b(?:has|have)[ ](?:\w+[ ])?(?:been|[a-z]+ed|won|got|drawn|seen)\b")
"""A present perfect before the span: "has picked up", "have already won"."""
_YEAR = lazy_pattern(r"\d{4}")


def since_its_release(chunk: str, start: int, end: int) -> bool:
    """The date from ``start`` to ``end`` is the one "since its release on" names, written
    without a year: the last such day before the article ("has topped the charts since its
    release on 3 May", told in November, is this year's), not the next; so is the one a present
    perfect counts a span "after" ("has won two prizes, six months after its debut on 3 May"),
    not a future's ("will reach BBC One a month after its debut on 3 May": the debut to come).
    A year written out is read as written, and left to the rules that tell a release from
    history."""
    if _YEAR.search(chunk, start, end) is not None:
        return False
    since = _SINCE_ITS_RELEASE.search(chunk, max(start - _OUT_REACH, 0), start)
    if since is None or not since["after"]:
        return since is not None
    return _PERFECT.search(chunk, 0, since.start()) is not None


def out_since(
    prefix: str, day: dt.date | None, ref: dt.date | None, evidence: str
) -> list[ReleaseFact]:
    """The release on ``day`` when the words before "since" tell the film has been out since
    then; nothing when the day is the article's own weekday (a week back, or today?)."""
    if day is None or ref is None or "been" not in prefix[-60:]:
        return []
    if day >= ref or (ref - day).days >= 7 or _OUT_SINCE.search(prefix[-_OUT_REACH:]) is None:
        return []
    return [ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)]
