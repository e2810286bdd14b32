"""A home release, or another territory's release, after the film's opening is not its premiere.

"Copper Bay opened in cinemas on 3 October ... It is available to rent on digital platforms from
20 January": beside an earlier release day, the later day it comes to rental, purchase, disc or
on demand is a later home release, not the premiere. So is another country's release told as
following ("The US release follows on 18 December", "with a French release to follow on 2 May")
or "followed by" in its day's clause ("..., followed by a US release on 18 December"): the same
film, opening later elsewhere; so is a window told as one place's run on its own channel
("will air in Sweden on SVT in the spring"). So is a day the film arrives on a service after
its cinema run began ("It arrives on Lumen on 6 March"). So is a window told as a later
streaming or home window ("with a streaming window on RTÉ Player expected in 2027"). Each such
fact is held, not dropped.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.lexicon import BROADCASTER, MONTH_NAME
from bot.extract.release_possibilities import TIME_NAMED
from bot.facts import SERVE_LINE, ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import cached_pattern, lazy_pattern

_HOME = lazy_pattern(
    r"\b(?:available|out|released)[ ]to[ ](?:rent|buy|own|download)\b|"
    r"\b(?:to[ ]rent|to[ ]buy|on[ ]digital(?:[ ]platforms|[ ]download)?|on[ ]demand|"
    r"on[ ](?:dvd|blu-ray)|home[ ](?:entertainment|release)|premium[ ]video)\b",
    re.IGNORECASE,
)
_STREAMING_LATER = lazy_pattern(
    r"\b(?:streaming|home|digital|on-demand)[ ](?:window|debut|release|run|bow)\b",
    re.IGNORECASE,
)
"""A later window on a service or at home, after a cinema opening: "with a streaming window on
RTÉ Player expected in 2027"."""
_HOME_SUBJECT = lazy_pattern(
    r"(?:(?:the|its)[ ])?(?:digital|home|dvd|blu-ray|on-demand|vod)[ ]"
    r"(?:rental|release|purchase|sale|download)s?[ ](?:is|are|will|should|could|may|might)\b",
    re.IGNORECASE,
)
"""A sentence whose subject is a home release ("Digital rental is likely 45 days after cinema
release, ..., so around mid-January"): every time in it is that later step's, after an opening."""
_TO_SERVICE = (
    r"\b(?:arrive|arrives|arriving|land|lands|landing|come|comes|coming|head|heads|heading|move|"
    r"moves|moving|stream|streams|streaming)"
)
"""The verbs of a film's way onto a channel or streamer, for :data:`_ON_SERVICE` and
:data:`_ON_SERVICE_DAY`."""
_NOT_CINEMAS = r"(?!(?:In[ ])?[Cc]inemas)"
_ON_SERVICE = lazy_pattern(rf"{_TO_SERVICE}[ ]on[ ]{_NOT_CINEMAS}{BROADCASTER}")
"""A window on a channel or streamer ("is expected to arrive on Lumen Cinema in the summer"):
after the film opened in cinemas, its later run there, not its release."""
_AVAILABLE_ON = lazy_pattern(rf"\bavailable[ ](?:to[ ]stream[ ])?on[ ]{BROADCASTER}")
"""A day the film is available on a service ("is available on Lumen Player from 21 November"):
after an earlier premiere day, its later home run, not the release."""
_ELSEWHERE_ON = lazy_pattern(
    r"\b(?:air|airs|airing|broadcast|broadcasts|stream|streams|arrive|arrives|land|lands)[ ]in[ ]"
    rf"(?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?[ ]on[ ]{BROADCASTER}"
)
"""A run in one named place on its own channel ("will air in Sweden on SVT in the spring"):
after an earlier premiere day, that territory's later broadcast, not the release."""
_OPENED = lazy_pattern(r"\b(?:cinemas?|theat(?:er|re)s?|opened|opens)\b", re.IGNORECASE)
"""A premiere told as a cinema opening."""
_TERRITORY_FOLLOWS = lazy_pattern(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)[ ](?:[A-Z][\w’'-]*[ ]){1,2}(?:release|opening|launch|rollout)[ ]"
    r"(?:follows|will[ ]follow|is[ ](?:due|set)[ ]to[ ]follow|to[ ]follow)\b"
)
"""A release in a named place told as following another ("The US release follows on ...")."""
_FOLLOWED_BY = lazy_pattern(
    r"\bfollowed[ ]by[ ](?:a|an|the|its)[ ](?:[A-Z][\w’'-]*[ ](?:and[ ])?){1,3}"
    r"(?:release|opening|launch|rollout|bow)\b"
)
"""Another place's release told as following in the day's own clause ("..., followed by a US
release on 18 December"): after an earlier premiere day, that day is another territory's. A
territory's date told on its own ("It opens in the US on 18 December") is still read as a
release date: the corpus counts each territory's cinema date as one."""
_ON_SERVICE_DAY = lazy_pattern(
    rf"(?:{_TO_SERVICE}[ ](?:on|to|onto)|\b(?:hits|hit|drops[ ]on|drop[ ]on|debuts[ ]on))[ ]"
    rf"(?:the[ ](?:streaming[ ]service|streamer|platform)[ ])?{_NOT_CINEMAS}{BROADCASTER}"
    rf"|{_NOT_CINEMAS}{BROADCASTER}[\w+ ]{{0,20}}?[ ]"
    r"(?:will[ ]stream|streams|is[ ]streaming)[ ]it\b"
)
"""A day the film comes to a service, told by any of its ways there ("arrives on the streaming
service Lumen on 6 March", "hits Lumen", "comes to Lumen", "Lumen will stream it from 6 March"):
after a cinema run already under way on the article's date, a later step of that run, not the
premiere. A day it opens in another place ("opens in Norway on 6 March") is left a release
date: the corpus counts each territory's cinema date as one."""
_IN_CINEMAS_NOW = lazy_pattern(
    r"\b(?:(?:is|are)[ ](?:now|still)[ ](?:showing[ ]|playing[ ])?in[ ](?:[A-Z]\w*[ ])?cinemas"
    r"|in[ ](?:[A-Z]\w*[ ])?cinemas[ ]now)\b"
)
"""A cinema run under way on the article's date, told in the day's own sentence ("is in cinemas
now and arrives on Lumen on 18 December"): the later day on a service is that run's next step,
as after an earlier opening day."""
_RELATIVE_YEAR = lazy_pattern(r"\b(?:next|this|later[ ]this|early[ ]next)[ ](?:year|month)\b")
"""A window's own time told relative to the article ("is expected next year")."""
_CINEMA_RUN = lazy_pattern(r"\b(?:cinemas?|theat(?:er|re)s?|release)\b", re.IGNORECASE)
"""An opening told as a cinema run, not a festival's or a gala's."""
_CLAUSE_END = lazy_pattern(r"[,;.]")
_CLAUSE_BREAK = lazy_pattern(r"[,;:–—]|\b(?:and|but|then|while)\b")


def _clause_of(evidence: str, day: dt.date) -> str:
    """The clause of ``evidence`` that ends on ``day`` written out ("18 December", "December
    18"): back to the last break before it; the whole evidence when the day is not found."""
    month = MONTH_NAME[3:-1].split("|")[day.month - 1]
    written = cached_pattern(
        rf"\b{day.day}(?:st|nd|rd|th)?[ ](?:of[ ])?{month[:3]}|\b{month[:3]}\w*\.?[ ]{day.day}\b"
    ).search(evidence)
    if written is None:
        return evidence
    begin = 0
    for brk in _CLAUSE_BREAK.finditer(evidence, 0, written.start()):
        begin = brk.end()
    return evidence[begin : written.end()]


def home_releases(facts: list[ReleaseFact], today: dt.date | None = None) -> list[ReleaseFact]:
    """The facts, each premiere day told as a home release or another territory's after an
    earlier one held; so is a window on a channel or streamer after a cinema opening already
    past on the article's date (a run still to come after an opening still to come is told as
    the next step of the release)."""
    days = [
        f.date
        for f in facts
        if f.kind is ReleaseKind.PREMIERE_DATE
        and f.date is not None
        and f.confidence >= SERVE_LINE
        and not _later(f.evidence, f.date)
    ]
    opened = [
        f.date
        for f in facts
        if f.kind is ReleaseKind.PREMIERE_DATE
        and f.date is not None
        and f.date in days
        and today is not None
        and f.date <= today
        and _OPENED.search(f.evidence)
        and not _ON_SERVICE.search(f.evidence)
    ]
    runs = [
        f.date
        for f in facts
        if f.date is not None and f.date in opened and _CINEMA_RUN.search(f.evidence)
    ]
    return [
        held(f, "a later home or territory release")
        if (
            f.kind is ReleaseKind.PREMIERE_DATE
            and f.date is not None
            and any(day < f.date for day in days)
            and _later(f.evidence, f.date)
        )
        or _after_run(f, runs)
        or _later_window(f, days + _earlier_windows(f, facts), opened)
        else f
        for f in facts
    ]


def _after_run(fact: ReleaseFact, runs: list[dt.date]) -> bool:
    """A premiere day on a service (:data:`_ON_SERVICE_DAY`, in the day's own clause) after a
    cinema run already under way on the article's date (an earlier opening day, or the sentence
    saying the film is in cinemas now)."""
    if fact.kind is not ReleaseKind.PREMIERE_DATE or fact.date is None:
        return False
    if not any(day < fact.date for day in runs) and not _IN_CINEMAS_NOW.search(fact.evidence):
        return False
    return _ON_SERVICE_DAY.search(_clause_of(fact.evidence, fact.date)) is not None


def _earlier_windows(fact: ReleaseFact, facts: list[ReleaseFact]) -> list[dt.date]:
    """The first days of the other served windows told in ``fact``'s own sentence ("a cinema
    release in spring 2027, ahead of a streaming window on Velo next winter"): an opening
    the streaming window comes after, as a premiere day would be."""
    if fact.kind is not ReleaseKind.WINDOW:
        return []
    return [
        _first_day(f.window)
        for f in facts
        if f is not fact
        and f.kind is ReleaseKind.WINDOW
        and f.window
        and f.served
        and f.evidence == fact.evidence
    ]


def _first_day(window: str) -> dt.date:
    """The first day of an ISO window ("2026-09/2026-11": 1 September 2026; "2027": 1 January)."""
    start = window.partition("/")[0]
    return dt.date(int(start[:4]), int(start[5:7]) if len(start) >= 7 else 1, 1)


def _later_window(fact: ReleaseFact, days: list[dt.date], opened: list[dt.date]) -> bool:
    """A served window told as a later streaming or home window, after an earlier premiere day,
    or as a run on a channel or streamer after an earlier cinema opening."""
    if fact.kind is not ReleaseKind.WINDOW or not fact.window or not fact.served:
        return False
    begins = _first_day(fact.window)
    if _HOME_SUBJECT.match(fact.evidence) and any(day < begins for day in days):
        return True
    later = _STREAMING_LATER.search(fact.evidence) or _ELSEWHERE_ON.search(fact.evidence)
    if later is None or not any(day < begins for day in days):
        later = _ON_SERVICE.search(fact.evidence)
        if later is None or not any(day < begins for day in opened):
            return False
    clause = _CLAUSE_END.split(fact.evidence[later.end() :], maxsplit=1)[0]
    # its own time, not an earlier one's
    return TIME_NAMED.search(clause) is not None or _RELATIVE_YEAR.search(clause) is not None


def _later(evidence: str, day: dt.date) -> bool:
    """Whether the words tell the release on ``day`` as a later one: a home release, or another
    place's told as following (in the sentence, or "followed by" in the day's clause)."""
    if _HOME.search(evidence) or _TERRITORY_FOLLOWS.search(evidence):
        return True
    if _AVAILABLE_ON.search(_clause_of(evidence, day)) is not None:
        return True
    return _FOLLOWED_BY.search(_clause_of(evidence, day)) is not None
