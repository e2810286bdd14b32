"""A shoot's start or wrap told in the plain past with a relative time or none: "Filming wrapped
in Manchester last week", "Production wrapped last week after a six-week shoot", "Cameras
started rolling earlier this month", "Filming, which began last month, ...", "Production
originally wrapped last October" (before reshoots: the wrap still happened).

Only a sentence whose subject is the shoot itself (or the shoot "on the film", or on a work the
article names as its own) counts: another production's filming stays out. A week gives its
month when it lies in one (else the status alone); a month ("last month", "earlier this
month") gives that month as the window. A pinned day is read elsewhere
(:mod:`bot.extract.release_dates`), a timeline's entry in :mod:`bot.extract.release_timeline`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bot.extract.context import Context, all_known
from bot.extract.dates import month_number
from bot.extract.lexicon import MONTH_PATTERN, WEEKDAY_NAME
from bot.extract.names import NAME
from bot.extract.release_last_days import last_day_month
from bot.extract.release_timeline import timeline_status
from bot.extract.release_week_months import relative_month
from bot.extract.release_work_shoots import APPOSED_WORK, LEAD_IN, work_shoot
from bot.extract.season_windows import day_within, last_named_year, latest_year
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_PLACE = rf"(?:[ ](?:in|at|across|around)[ ](?!{MONTH_PATTERN}\b|{WEEKDAY_NAME}\b)[A-Z][\w’'-]+"
_PLACE += r"(?:[ ](?:[A-Z][\w’'-]+|and[ ][A-Z][\w’'-]+)){0,3})"
_OUR_WORK = (
    r"(?:the[ ](?:film|movie|series|show|adaptation|project|sequel|drama)|it|the[ ](?:new|next|"
    r"second|third|fourth|final|latest)[ ](?:season|series)|(?:season|series)[ ](?:two|three|"
    r"four|five|six|seven|eight|nine|ten|[2-9]|1\d))"
)
_WHEN = (
    r"(?:[ ](?P<when>last[ ]week|last[ ]month|earlier[ ]this[ ](?:week|month)|this[ ]week|"
    rf"this[ ]month|last[ ](?P<month>{MONTH_PATTERN})(?![ ]?\d)))"
)
_PAST_STATUS = lazy_pattern(
    LEAD_IN + r"(?:[Pp]rincipal[ ]photography|[Ff]ilming|[Pp]roduction|[Ss]hooting|[Tt]he[ ]shoot|"
    r"[Cc]ameras)"
    rf"(?:[ ](?:on|for)[ ](?:{_OUR_WORK}|(?P<work>{NAME})){APPOSED_WORK})?(?:,[ ]which)?"
    r"[ ](?:officially[ ]|finally[ ]|originally[ ])?"
    r"(?P<state>wrapped|finished|ended|concluded|began|started|got[ ]under[ ]?way|kicked[ ]off|"
    r"commenced)(?:[ ]rolling)?"
    rf"(?:[ ]on[ ]{_OUR_WORK})?{_PLACE}?{_WHEN}?{_PLACE}?"
    r"(?=[,.;!]|[ ](?:after|and|following|with|having|as|to|when)\b|[ ]?$)"
)
_DONE = frozenset({"wrapped", "finished", "ended", "concluded"})
_SINCE = lazy_pattern(
    r"[ “\"]*(?:[Pp]rincipal[ ]photography|[Ff]ilming|[Pp]roduction|[Ss]hooting|[Tt]he[ ]shoot|"
    rf"[Cc]ameras)(?:[ ](?:on|for)[ ](?:{_OUR_WORK}|(?P<work>{NAME})))?[ ](?:has|have)[ ]been[ ]"
    rf"(?:under[ ]?way|rolling|in[ ]progress){_PLACE}?[ ]since[ ](?:early[ ]|mid-|late[ ])?"
    rf"(?P<month>{MONTH_PATTERN})(?:[ ](?P<year>\d{{4}}))?(?![ ]?\d)\b"
)
"""A shoot under way since a month: "Production has been underway since June in Kent", "Filming
has been under way in Kent since June"."""


def past_status(
    ref: dt.date | None, chunk: str, evidence: str, context: Context
) -> Iterator[ReleaseFact]:
    """The shoot's start or wrap, when the sentence opens with it in the plain past (anchored at
    the sentence's start, the match fails at its first word in almost every sentence)."""
    yield from timeline_status(ref, chunk, evidence, context)
    yield from work_shoot(ref, chunk, evidence, context)  # "The film began shooting last month"
    yield from last_day_month(ref, chunk, evidence)  # "The last day of filming, in May, was"
    since = _SINCE.match(chunk) if " since " in chunk else None
    if (
        since is not None
        and ref is not None
        and (not since["work"] or all_known(since["work"], context))
    ):
        month = month_number(since["month"])
        year = int(since["year"] or latest_year(month, ref))
        yield ReleaseFact(ReleaseKind.FILMING_STARTED, evidence, window=f"{year}-{month:02d}")
    match = _PAST_STATUS.match(chunk) or _joined_clause(chunk)
    if match is None or (match["work"] and not all_known(match["work"], context)):
        return
    kind = ReleaseKind.FILMING_WRAPPED if match["state"] in _DONE else ReleaseKind.FILMING_STARTED
    named = _last_named(match["month"], ref) if match["month"] else None
    yield ReleaseFact(kind, evidence, window=named or _month(match["when"], ref))


_JOINT = lazy_pattern(
    r",[ ](?:and|but)[ ]|^After[ ][^,;]{1,80},[ ]|\b(?:said|says|confirmed)[ ](?:that[ ])?"
)


def _joined_clause(chunk: str) -> re.Match[str] | None:
    """The shoot opening a clause joined on by ", and" with its month: "Cameras rolled on 4 May
    in Hull, and the shoot wrapped last month"; or after a fronted "After ...," or a teller's
    "said" ("Castlewhin said shooting finished this week"). A clause with no month is left
    alone."""
    if ", " not in chunk and " sa" not in chunk and "confirmed " not in chunk:
        return None
    for joint in _JOINT.finditer(chunk):
        found = _PAST_STATUS.match(chunk, joint.end())
        if found is not None and (found["when"] or found["month"]):
            return found
    return None


def _month(when: str | None, ref: dt.date | None) -> str | None:
    """The month a relative time names (see :func:`relative_month`)."""
    return None if ref is None or when is None else relative_month(when, ref)


def _last_named(month_name: str, ref: dt.date | None) -> str | None:
    """The month "last November" names (see :func:`.season_windows.last_named_year`)."""
    if ref is None:
        return None
    month = month_number(month_name)
    return f"{last_named_year(month, ref)}-{month:02d}"


_STEPS = frozenset(
    {ReleaseKind.FILMING_STARTED, ReleaseKind.FILMING_WRAPPED, ReleaseKind.FILMING_PLANNED}
)


def narrowed(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """A shoot's step told by its month and again by its day ("set to shoot next month", then
    "cameras will roll on Monday the 12th"): the day alone, the month adds nothing."""
    days = [(f.kind, f.date) for f in facts if f.kind in _STEPS and f.date is not None]
    if not days:
        return facts
    return [
        f
        for f in facts
        if f.date is not None
        or f.window is None
        or f.kind not in _STEPS
        or not any(kind is f.kind and day_within(day, f.window) for kind, day in days)
    ]
