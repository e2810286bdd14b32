"""A past shoot's span told to the day: "Filming took place across Kent between 9 June and 29
August 2025", "The series was shot from March 3 to May 30": began on the first day, wrapped on
the last; or its last day named ("the scene was shot on the final day of filming, 21 August
2025"): wrapped then; or a wrap told, then its last day given ("Filming has wrapped — the last
day was 20 February"); or a speaker's "We started on 14 July and wrapped on 19 September"; or
its length counted from its first day ("Filming ran for ten weeks from 3 March"): began then;
or "We shot from 10 March to 2 May". Not a video's or an advert's shoot ("The music video was
shot between ...").
Only a shoot told in the past tense, ended by the article's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.dates import month_number, safe_date
from bot.extract.lexicon import MONTH_PATTERN
from bot.extract.release_shot_subjects import others_shot
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_DAY = (
    r"(?:(?P<d{n}>\d{{1,2}})(?:st|nd|rd|th)?[ ](?:of[ ])?(?P<m{n}>{month})"
    r"|(?P<n{n}>{month})[ ](?P<e{n}>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?[ ](?P<y{n}>\d{{4}}))?"
)
_DAY_SPAN = lazy_pattern(
    r"\b(?:between|from)[ ]"
    + _DAY.format(n=1, month=MONTH_PATTERN)
    + r",?[ ](?:and|to|until|through)[ ]"
    + _DAY.format(n=2, month=MONTH_PATTERN)
    + r"(?![\w-])"
)
_SHOOT_WORDS = ("ilming", "hooting", "shoot", "shot", "filmed", "photography", "Production ")
_LAST_DAY = lazy_pattern(
    r"\b(?:on[ ])?the[ ](?:final|last)[ ](?:day|night)[ ]of[ ](?:filming|shooting|the[ ]shoot|"
    r"principal[ ]photography),?[ ](?:on[ ])?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday),?[ ])?" + _DAY.format(n=1, month=MONTH_PATTERN) + r"(?![\w-])"
)
"""The shoot's last day named, then its date: "on the final day of filming, 21 August 2025"."""
_WRAP_THEN_LAST = lazy_pattern(
    r"\b(?:[Ff]ilming|[Ss]hooting|[Tt]he[ ]shoot|[Pp]rincipal[ ]photography)"
    r"(?:[ ]on[ ][^.;:]{1,40}?)?[ ](?:(?:has|had)[ ])?(?:now[ ]|finally[ ]|officially[ ])?"
    r"(?:wrapped|finished|ended|is[ ]over|was[ ]over)(?:[ ](?:last|this)[ ](?:week|month))?"
    r"(?:[ ]?[–—;(,][ ]?)(?:the|its)[ ](?:final|last)[ ](?:day|night)"
    r"(?:[ ]of[ ](?:filming|shooting|the[ ]shoot|principal[ ]photography))?[ ]was[ ]"
    r"(?:on[ ])?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ ])?"
    + _DAY.format(n=1, month=MONTH_PATTERN)
    + r"(?![\w-])"
)
"""A wrap told, then its last day given: "The filming has wrapped — the last day was 20
February"."""
_PAST_SHOOT = lazy_pattern(
    r"\b(?:(?:[Ff]ilming|[Ss]hooting|[Pp]rincipal[ ]photography|[Tt]he[ ]shoot)[ ]"
    r"(?:took[ ]place|ran|lasted|happened|went[ ]on)|(?:was|were)[ ](?:shot|filmed)"
    r"|(?:^|[.!?][ ])Production[ ](?:took[ ]place|ran|lasted))\b"
    r"[^;:.!?]*$"
)
"""The shoot told in the past, its verb in the span's own clause; "Production" only bare at a
sentence's start ("Production ran from 3 March to 17 April 2025"), since "the production ran"
is as likely a stage run."""
_WE_SHOT = lazy_pattern(
    r"\b(?:[Ww]e|[Tt]hey)[ ](?:shot|filmed)"
    r"(?:[ ](?:in|on|across|around)[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*)?[ ]$"
)
"""A speaker's (or the team's) shoot told by its verb straight before the span, with at most a
place between: "We shot from 10 March to 2 May", "They filmed in Sligo between 3 June and 28
July"; not "they filmed the scene from ...", a part of the shoot."""
_WE_STARTED_WRAPPED = lazy_pattern(
    r"\b(?:[Ww]e|[Tt]hey)[ ](?:started|began)[ ]on[ ]"
    + _DAY.format(n=1, month=MONTH_PATTERN)
    + r"(?![\w-])[^.;:!?]{0,60}?[ ]and[ ](?:(?:we|they)[ ])?(?:finally[ ])?wrapped[ ]on[ ]"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ ])?(?:the[ ])?"
    + _DAY.format(n=2, month=MONTH_PATTERN)
    + r"(?![\w-])"
)
"""A speaker's own shoot told by its first and last days, no shoot noun needed, since the wrap
names it: "We started on 2 March 2024 in Harlowe Vale and wrapped on 30 May"."""
_COUNTED_FROM = lazy_pattern(
    r"\b(?:(?:over|for|across)[ ])?(?:(?:a|about|around|nearly|almost|just[ ]under|just[ ]over|"
    r"some)[ ])?(?:\w+[ ])?(?:weeks|months|days)[ ](?:(?:starting|beginning)[ ](?:on[ ]|from[ ])?"
    r"|from[ ])(?:(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday),?[ ])?"
    + _DAY.format(n=1, month=MONTH_PATTERN)
    + r"(?![\w-])"
)
"""A past shoot's length counted from its first day: "Filming ran for ten weeks from 3 March",
"was shot over six weeks from 2 June 2025", "ran for ten weeks starting 3 March" or
"beginning on 3 March": began then (its end is not written)."""
_COUNT_OPENS = lazy_pattern(r"[ ](?:from|starting|beginning)[ ]")
"""A cheap test before :data:`_COUNTED_FROM`."""
_YEAR_AFTER = lazy_pattern(
    r",?[ ](?:of[ ])?(?P<rel>last|this)[ ]year\b"
    r"(?!\s*(?:\.\.\.|…|[—–,])\s*(?:sorry|I[ ]mean|or[ ]rather|rather|no)\b)"
)
"""The span's year told after it: "from 3 March to 19 April last year" is the year before the
article's, whatever the days; "this year" is the article's own. Not one the speaker takes back
("last year... sorry, this year")."""


def day_span(
    ref: dt.date | None, chunk: str, evidence: str, context: Context
) -> Iterator[ReleaseFact]:
    """The first and last days of a past shoot's span, when both are written to the day."""
    if ref is None or not any(word in chunk for word in (*_SHOOT_WORDS, "wrapped on")):
        return
    for cue, pattern in ((" day of ", _LAST_DAY), (" was ", _WRAP_THEN_LAST)):
        named = pattern.search(chunk) if cue in chunk else None
        day = None if named is None else _day(named, 1, ref)
        if day is not None and day <= ref:
            yield ReleaseFact(ReleaseKind.FILMING_WRAPPED, evidence, date=day)
    counted = _COUNTED_FROM.search(chunk) if _COUNT_OPENS.search(chunk) else None
    if counted is not None and _ours_shot(chunk, counted.start(), context):
        told = _YEAR_AFTER.match(chunk, counted.end())
        first = _day(counted, 1, ref, None if told is None else ref.year - (told["rel"] == "last"))
        if first is not None and first <= ref:
            yield ReleaseFact(ReleaseKind.FILMING_STARTED, evidence, date=first)
    match = _WE_STARTED_WRAPPED.search(chunk) if "wrapped on" in chunk else None
    if match is None and ("between" in chunk or "from" in chunk):
        match = _DAY_SPAN.search(chunk)
        if match is not None and not (
            _ours_shot(chunk, match.start(), context) or _WE_SHOT.search(chunk, 0, match.start())
        ):
            return
    if match is None:
        return
    told = _YEAR_AFTER.match(chunk, match.end())
    year = None if told is None else ref.year - (told["rel"] == "last")
    first, last = _day(match, 1, ref, year), _day(match, 2, ref, year)
    if first is None or last is None:
        return
    if not match["y1"] and first > last:
        first = first.replace(year=first.year - 1)  # "from 2 November to 20 January 2026"
    if not first < last <= ref:
        return  # a span that runs backwards or past the article's date: not a past shoot
    yield ReleaseFact(ReleaseKind.FILMING_STARTED, evidence, date=first)
    yield ReleaseFact(ReleaseKind.FILMING_WRAPPED, evidence, date=last)


def _ours_shot(chunk: str, end: int, context: Context) -> bool:
    """A past shoot is told before ``end``, and its subject is not another thing ("The music
    video was shot between ...": the video's, :mod:`.release_shot_subjects`)."""
    past = _PAST_SHOOT.search(chunk, 0, end)
    if past is None:
        return False
    verb = _PASSIVE.match(past.group())
    return verb is None or not others_shot(chunk[: past.start() + verb.end()], context)


_PASSIVE = lazy_pattern(r"(?:was|were)[ ]")
"""The passive's auxiliary, after which the subject's words end."""


def _day(match: re.Match[str], n: int, ref: dt.date, told: int | None = None) -> dt.date | None:
    """The ``n``th day of the span: its written year, else the one told after the span
    (``told``), else the latest such day by the article's date."""
    month = month_number(match[f"m{n}"] or match[f"n{n}"])
    day = int(match[f"d{n}"] or match[f"e{n}"])
    written = match[f"y{n}"] or match.groupdict().get("y2")
    if written:
        year = int(written)
    elif told is not None:
        year = told
    else:
        year = ref.year - (1 if (month, day) > (ref.month, ref.day) else 0)
    return safe_date(year, month, day)
