"""A shoot still to come: its span ("Filming is scheduled to take place in Kent between June and
August 2025", "Shooting will run from March to May": a planned window, from its first month to
its last) or its start named as a noun ("pencilled in for a June start")."""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.dates import month_number
from bot.extract.lexicon import MONTH_PATTERN, OTHER_WORK_WORDS
from bot.extract.release_gerund_starts import WITH_SHOOT
from bot.extract.release_hedges import HEDGE
from bot.extract.release_shoot_legs import leg_begun
from bot.extract.release_tail_hedges import TAIL_HEDGE
from bot.extract.release_words import (
    FILMING_NOUN,
    RELEASE_VERB,
    STARTED,
    WE_WRAPPED,
    WRAPPED,
    WRAPPING,
)
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_PLANNED_SPAN = lazy_pattern(
    r"\b(?:[Ff]ilming|[Ss]hooting|[Pp]roduction|[Pp]rincipal[ ]photography|[Tt]he[ ]shoot)"
    r"(?:[ ](?:on|of|for)[ ][^,;.]{1,40}?)?[ ](?:will|(?:is|are)[ ](?:now[ ]|currently[ ])?"
    r"(?:scheduled|set|due|expected|planned|slated)[ ]to)[ ](?:take[ ]place|run|happen|"
    r"go[ ]ahead|last)\b[^;:.!?]*$"
)


def planned_span(
    ref: dt.date, chunk: str, match: re.Match[str], evidence: str
) -> ReleaseFact | None:
    """The planned window a shoot's span gives when the span's own clause is still to come."""
    before = chunk[: match.start()]
    plan = _PLANNED_SPAN.search(before)
    if plan is None or match["rel"] == "last":
        return None
    first = month_number(match["m1"])
    last = month_number(match["m2"])
    written = match["y1"] or match["y2"]
    year = int(written) if written else ref.year + (1 if first < ref.month else 0)
    end_year = int(match["y2"]) if match["y2"] else year + (1 if last < first else 0)
    window = f"{year}-{first:02d}/{end_year}-{last:02d}"
    return ReleaseFact(ReleaseKind.FILMING_PLANNED, evidence, window=window,
                       hedged=HEDGE.search(before, plan.start()) is not None)  # fmt: skip


_START_NOUN = lazy_pattern(
    r"\b(?:for|ahead[ ]of|towards?|before|eyeing|targeting|aiming[ ]for|plans?)[ ](?:a|an|its)[ ]"
    rf"(?:(?:early|mid|late)[- ])?(?P<month>{MONTH_PATTERN})(?:[ ](?P<year>\d{{4}}))?[ ]"
    r"(?:start|shoot)\b"
)
"""A shoot's start named as a noun: "production is pencilled in for a June start", "has locked
its crew ahead of a May start"."""


def start_noun(ref: dt.date | None, chunk: str, evidence: str) -> ReleaseFact | None:
    """The planned month of a shoot named "a June start" in a sentence about the shoot; hedged
    when hearsay comes before it or closes the clause after it (", sources say")."""
    match = _START_NOUN.search(chunk)
    if match is None or ref is None:
        return None
    if not match.group().endswith("shoot") and not FILMING_NOUN.search(chunk, 0, match.start()):
        return None  # "ahead of a September start as a teacher": no shoot
    month = month_number(match["month"])
    year = int(match["year"]) if match["year"] else ref.year + (1 if month < ref.month else 0)
    tail = TAIL_HEDGE.match(chunk, match.end())  # "ahead of a July shoot, sources say"
    hedged = HEDGE.search(chunk, 0, match.start()) is not None or (
        tail is not None and ", and " not in tail.group()
    )
    return ReleaseFact(ReleaseKind.FILMING_PLANNED, evidence, window=f"{year}-{month:02d}",
                       hedged=hedged)  # fmt: skip


_ROLLING = lazy_pattern(r"\b(?:[Cc]ameras|[Ff]ilming|[Ss]hooting)[ ]rolling(?:[ ]on)?$")
_TOLD_PAST = lazy_pattern(
    r"\b(?:began|begun|started|rolled|kicked[ ]off|commenced|been|were|was|have|has|had|since)\b"
)


def untensed_roll(before: str) -> bool:
    """ "with cameras rolling on 30 March": the start given no tense, so neither past nor
    planned can be told; "cameras started rolling on 2 March" is past."""
    return (
        "rolling" in before
        and _ROLLING.search(before) is not None
        and _TOLD_PAST.search(before) is None
    )


_SHOT_PAST = lazy_pattern(
    r"\b(?:[Tt]he[ ](?:(?!(?:" + "|".join(OTHER_WORK_WORDS) + r")[ ])[a-z][\w-]*[ ]){0,2}?"
    r"(?:film|movie|feature|finale|series|show|season)"
    r"|[Ii]t)[ ](?:was|were)[ ](?:shot|filmed)\b"
)
_AND_WRAPPED = lazy_pattern(r"[ ]and[ ](?:then[ ]|finally[ ])?wrapped[ ]*$")


def shoot_told(chunk: str, before: str) -> bool:
    """A shoot's end told without the shoot's noun: "We wrapped in", or a past shoot's verb and
    then its end ("The film was shot in Kent over the summer, wrapping in September", "The
    feature-length finale was shot in Marlock and wrapped in September")."""
    if _AND_WRAPPED.search(before) and _SHOT_PAST.search(chunk):
        return True
    if WE_WRAPPED.search(before):
        return True
    which = _WHICH_WRAPPED.search(before) if "which " in before else None
    if which is not None:  # "The film, which wrapped in March, is due ...": the work's own end
        # ("which wraps in": its end to come, a wrap :mod:`release_wrap_plans` then holds back)
        return re.search(rf"{_WORK_NOUN},[ ]{re.escape(which[0])}", chunk) is not None
    wrapping = WRAPPING.search(before) if "wrapping" in before else None
    return (
        wrapping is not None
        and before.endswith(", ", 0, wrapping.start())
        and _SHOT_PAST.search(chunk) is not None
    )


_WHICH_WRAPPED = lazy_pattern(r"\bwhich(?:[ ]\w+ly)?[ ]wrap(?:ped|s)(?:[ ]up)?(?:[ ](?:on|in))?$")
_WORK_NOUN = r"\b(?:[Tt]he|[Ii]ts|[Tt]his)[ ](?:film|movie|feature|series|show|season|sequel)"


_ADVERBS = r"(?:(?:almost|\w+ly)[ ]){0,2}"
_SHOT_WORK = (
    r"\b(?:[Tt]he|[Ii]ts)[ ](?:film|movie|feature|series|show|drama|season|sequel|pilot)[ ]"
    r"(?:was|were)[ ]"
    + _ADVERBS
    + r"(?:shot|filmed)[ ]"
    + _ADVERBS
    + r"(?:over|across|in|on|for|between|during|at|from)\b"
)
"""The work itself told shot, in the past ("The film was shot over six weeks in Sligo"): a
shoot's clause, as "Filming took place" is, whatever the verb ("filmed") or its adverbs ("almost
entirely"); not a scene or a character that "was shot"."""
_WRAPPING_ON = lazy_pattern(rf",[ ]{WITH_SHOOT}(?:wrapping(?:[ ]up)?|starting|beginning)[ ]on$")
_TOOK_PLACE = lazy_pattern(
    r"\b(?:[Ff]ilming|[Ss]hooting|[Pp]roduction|[Pp]rincipal[ ]photography)\b[^,;.]{0,40}?"
    r"[ ](?:took[ ]place|ran|lasted)\b|" + _SHOT_WORK
)


def _wrapped_on(chunk: str, before: str) -> bool:
    """A past shoot's clause, then its last day by a participle: "Filming took place in Kent
    between July and August, wrapping on August 29", "Shooting ran for nine weeks, wrapping up
    on 2 September"), or its first day ("Shooting ran for five weeks on the moor, starting on 3
    March 2025", "The film was shot in Fife, with filming beginning on 3 March 2025")."""
    return (
        ("wrapping" in before or "starting" in before or "beginning" in before)
        and _WRAPPING_ON.search(before) is not None
        and _TOOK_PLACE.search(chunk) is not None
    )


def shot_then(chunk: str, before: str) -> bool:
    """The words before a day say the shoot began or wrapped then ("filming began on", "Filming
    took place in Kent, wrapping on"), and no release verb comes after the shoot's ("finished
    shooting in 2023 and arrived on 3 October 2024": the day is the release's)."""
    if (
        FILMING_NOUN.search(chunk) is None
        and WE_WRAPPED.search(before) is None
        and (("shot " not in chunk and "filmed " not in chunk) or _TOOK_PLACE.search(chunk) is None)
    ):
        return False
    if leg_begun(before):
        return False  # "began its Hamburg block on 13 October": a leg's first day
    last = _last_shoot_verb(before)
    if last is None:
        return _wrapped_on(chunk, before)
    return RELEASE_VERB.search(before, last) is None


def released_after(before: str) -> bool:
    """A release verb follows the last verb of the shoot ("has finished filming in Glasgow and
    returns to Channel 4 this autumn"): the time is the release's."""
    last = _last_shoot_verb(before)
    return last is not None and RELEASE_VERB.search(before, last) is not None


def _last_shoot_verb(before: str) -> int | None:
    """Where the last verb of the shoot's start or end ends, if any."""
    ends = [m.end() for m in STARTED.finditer(before)]
    ends += [m.end() for m in WRAPPED.finditer(before)]
    return max(ends, default=None)
