"""A past shoot told by the two months it ran in: "Filming took place in Ely in October and November
2024", "The film was shot over six weeks in March and April of 2024" (or "had been shot"; a place
may follow: "... 2024 on Inishfree"): it began in the first month and wrapped in the second. Without
a year, only months already behind the article are read. A span between two months ("between July
and September last year") is read the same way, or as the plan when it is still ahead ("is scheduled
to run from ...")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from bot.extract.cues import hint
from bot.extract.dates import month_number
from bot.extract.lexicon import CHANNEL_NAME, MONTH_PATTERN
from bot.extract.release_day_months import day_to_month
from bot.extract.release_doubted_days import doubted_span
from bot.extract.release_fronted_since import fronted_since
from bot.extract.release_labelled_shoots import labelled_shoot
from bot.extract.release_spans import planned_span
from bot.extract.release_until import ran_into
from bot.extract.release_words import FILMING_SPAN, FUTURE
from bot.extract.season_windows import latest_year
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_PAIR = lazy_pattern(
    r"(?:(?:[Ff]ilming|[Ss]hooting|[Pp]rincipal[ ]photography|[Tt]he[ ]shoot)[ ](?:took[ ]place|"
    r"ran|happened)|(?:[Tt]he[ ](?:film|movie|series|show|season)|[Ii]t)[ ](?:was|had[ ]been)[ ]"
    r"(?:shot|filmed)"
    r"|[Ww]e[ ](?:shot|filmed))"
    r"(?:[ ](?:in|at|near|around|across|on)[ ](?:the[ ])?[A-Z][\w’'-]*"
    r"(?:[ ](?:and[ ])?[A-Z][\w’'-]*){0,3}|[ ](?:for|over)[ ](?:\d+|[a-z]+)[ ](?:days|weeks))*"
    rf"[ ]in[ ](?P<m1>{MONTH_PATTERN})[ ]and[ ](?P<m2>{MONTH_PATTERN})"
    r"(?:[ ](?:of[ ])?(?P<year>\d{4}))?"
    r"(?=[.,;!]|$|[ ]by[ ](?:the[ ])?[a-zA-Z]"
    r"|[ ](?:in|on|at|around|across|near)[ ](?:the[ ])?[A-Z])"
)


_FILMING_WORDS = hint("photography", "filming", "production", "shooting", "shoot", "cameras")
"""What :data:`FILMING_NOUN` cannot match without (in lower case)."""
_ASIDE = r"(?:,[ ](?:[a-z]|[A-Z][\w-]*(?:[ ][A-Z][\w-]*)?[’']s[ ])[^,;.:“”\"]{0,120}?,)?"
"""An aside between the production and its verb, in lower case or opening on a possessive (",
written by X and directed by Y,", ", Ada Vale's second feature,"); not a title alone (", Lumen,"
may be another work)."""
_MODIFIER = rf"(?:new[ ])?(?:[a-z\d]+-[a-z]+[ ])?(?:{CHANNEL_NAME}[ ])?"
"""Words before the production's noun: "new", a hyphened word ("the six-part series", "the
long-awaited film"), a channel ("the eight-part BBC drama"); never an order ("the first film")."""
_SHOT_PASSIVE = lazy_pattern(
    rf"\b(?:[Tt]he[ ]{_MODIFIER}(?:film|movie|feature|series|show|season|drama)|[Ii]t)"
    rf"{_ASIDE}[ ](?:was|were)[ ](?:shot|filmed)\b"
)
"""The production told as shot, without a shoot's noun: "The series was filmed in Leeds between
February and May 2026"."""
_SHOT_ITSELF = lazy_pattern(
    rf"\b[Tt]he[ ]{_MODIFIER}(?:film|movie|feature|series|show|season|drama){_ASIDE}"
    r"[ ](?:shot|filmed)[ ]"
    r"(?:in|at|on|across|around|near|between|from|over)\b"
)
"""The production as the one that shot, with where or when after it: "the film shot across Leeds
and York between June and August last year", "The film, scored by X, shot between ..." (not "the
show shot up the charts")."""
_SHOT_ACTIVE = lazy_pattern(r"\b(?:shot|filmed)[ ]the[ ](?:film|movie|feature|series|show|drama)\b")
"""The production as the object of the shoot: "The cinematographer shot the series in Hull
between May and July last year"."""
_SHOT_BY_CREW = lazy_pattern(
    r"\b(?:[Tt]hey|[Ww]e)[ ](?:shot|filmed)[ ](?:in|at|on|across|around|near|between|from|over)\b"
)
"""The crew as "they" or "we" who shot, with where or when after it: "They filmed in Fife from
March to May 2025" (not "they will film", which :data:`FUTURE` reads as a plan)."""
_SHOT_JOINED = lazy_pattern(
    r"^(?:[Tt]he[ ](?:film|movie|feature|series|show|season|drama)|[Ii]t)[ ]was[ ]"
    r"(?:(?![ ]who\b)[^.;:“”\"])*?"
    r"(?:,[ ]|[ ])and[ ](?:was[ ](?:shot|filmed)\b"
    r"|(?:shot|filmed)[ ](?:in|between|from|across|over)\b)"
)
"""A passive shoot joined to the production's own clause: "The series was written by X and
directed by Y, and was filmed in Hull between April and July last year", or sharing its "was"
("It was directed by X and shot between July and September"); not a person's own work told in
a "who" clause between ("It was produced by X, who wrote and shot in ...")."""
_SHOT_LISTED = lazy_pattern(
    r"\b(?:[Tt]he[ ](?:film|movie|feature|series|show|season|drama)|[Ii]t)[ ](?:was|were)[ ]"
    rf"[a-z]+(?:[ ](?:[a-z][\w’'-]*|\d+|{MONTH_PATTERN}))*,[ ](?:and[ ])?(?:shot|filmed)[ ]"
    r"(?:in|between|from|across|over)\b"
)
"""A passive shoot in a list that shares the production's "was": "the film was announced last
April, shot between July and September in Wendlow, and was directed by X"; not when the first
item names a work or a person ("was inspired by Copper Bay, shot ..."), whose shoot it may be."""

_SHOT_TOLD = lazy_pattern(
    r"\b[Tt]he[ ](?:film|movie|feature|series|show|season|drama),[ ]which[ ](?:was|were)[ ]"
    r"(?:shot|filmed)\b"
    r"|^(?:Shot|Filmed)[ ](?:in|at|on|across|around|near|between|over)[ ][^.;:“”\"]*?,[ ]"
    r"(?:the[ ](?:film|movie|feature|series|show|drama)|it)[ ]"
)
"""The production told as shot in a clause beside its noun: "the film, which was shot in Kent
between July and September 2025"; "Shot in Kent between April and May last year, the film
follows ..." (a fronted participle whose subject is the production)."""


def shoot_spans(
    ref: dt.date | None, chunk: str, lower: str, evidence: str, titled: bool = False
) -> Iterator[ReleaseFact]:
    """A shoot's span ("between July and September") or its two months, or its start told by
    a fronted "since" ("Since 3 March, the crew has been filming"); ``titled``: the sentence
    opens with the production's own title told as shot."""
    if chunk.startswith("Since "):
        yield from fronted_since(ref, chunk, evidence)
    yield from ran_into(ref, chunk, evidence)  # "began in May and ran into July": the wrap
    yield from labelled_shoot(ref, chunk, evidence)  # "Filmed: July–September 2025, Leeds"
    if ("between" in chunk or "from" in chunk) and (
        titled
        or _FILMING_WORDS.search(lower)
        or _SHOT_PASSIVE.search(chunk)
        or _SHOT_ACTIVE.search(chunk)
        or _SHOT_ITSELF.search(chunk)
        or _SHOT_BY_CREW.search(chunk)
        or _SHOT_JOINED.search(chunk)
        or _SHOT_LISTED.search(chunk)
        or _SHOT_TOLD.search(chunk)
    ):
        yield from doubted_span(chunk, list(_filming_span(ref, chunk, evidence)))
    elif " in " in chunk and (" shot " in chunk or " filmed " in chunk or "took place" in chunk):
        yield from doubted_span(chunk, list(_month_pair(ref, chunk, evidence)))


def _filming_span(ref: dt.date | None, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    """ "Filming took place between July and September last year": began and wrapped."""
    match = FILMING_SPAN.search(chunk)
    if match is None or ref is None:
        yield from [] if ref is None else day_to_month(ref, chunk, evidence)  # "14 July to May"
        return
    if FUTURE.search(chunk, 0, match.start()):
        planned = planned_span(ref, chunk, match, evidence)  # "is scheduled to run from ..."
        yield from [planned] if planned is not None else []
        return
    year = ref.year - 1 if match["rel"] == "last" else ref.year if match["rel"] else None
    first, last = month_number(match["m1"]), month_number(match["m2"])
    y1, y2 = (int(y) if y else None for y in (match["y1"], match["y2"]))
    y1 = y2 - (first > last) if y1 is None and y2 is not None else y1  # "March and April 2024"
    y2 = y1 + (last < first) if y2 is None and y1 is not None else y2
    for kind, month, written in (
        (ReleaseKind.FILMING_STARTED, first, y1),
        (ReleaseKind.FILMING_WRAPPED, last, y2),
    ):
        found = written or year
        if found is None:
            found = latest_year(month, ref)
        yield ReleaseFact(kind, evidence, window=f"{found}-{month:02d}")


def _month_pair(ref: dt.date | None, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    """The start and wrap months of a past shoot told as "in October and November"."""
    if ref is None or " and " not in chunk:
        return
    match = _PAIR.search(chunk)
    if match is None:
        return
    first, last = month_number(match["m1"]), month_number(match["m2"])
    if match["year"]:
        end = int(match["year"])
    elif last < ref.month:
        end = ref.year
    else:
        return  # "in May and June" from June: maybe this year's, maybe still running
    start = end - (first > last)
    yield ReleaseFact(ReleaseKind.FILMING_STARTED, evidence, window=f"{start}-{first:02d}")
    yield ReleaseFact(ReleaseKind.FILMING_WRAPPED, evidence, window=f"{end}-{last:02d}")
