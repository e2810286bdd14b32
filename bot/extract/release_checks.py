"""Last checks on an article's release facts, once every sentence is read.

* A sentence about another project of someone's ("His next job, a film of his own memoir,
  starts shooting in May"; "A stage adaptation of the books opens in March") states nothing
  about this production: its facts are dropped.
* A shoot said to start on a day (or in a month) after the article's ("Principal photography
  begins on 6 April", "starts filming in May") is planned, not under way.
* A planned shoot's month or season ("begins filming next month", "shoots this summer") beside a
  planned day or month inside it says nothing more: the narrower one is kept. So with a month
  read as a shoot begun ("begins filming this month") around a planned day.
* A shoot planned for a production named only as "a ..." besides this one ("is also circling a
  role in a Danish drama due to shoot next year", "next signs on to a thriller that starts
  filming in March") is another one's.
* A window around a sure release date ("out in 2026" beside "premieres on 3 April 2026") says
  nothing more: the date is kept.
* "Is shooting this summer" said in the summer may be a shoot under way, not one planned: the
  window is held.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.extract.context import Context
from bot.extract.provisional_naming import provisional_title
from bot.extract.release_actor_pasts import in_an_actors_past
from bot.extract.release_believed_titles import believed_title
from bot.extract.release_denied import denied
from bot.extract.release_guide_spans import a_guides_span
from bot.extract.release_home_releases import home_releases
from bot.extract.release_present import told_in_present
from bot.extract.release_rubbished_reports import (
    anyones_claim,
    crowds_expectation,
    denied_in_brief,
    knocked_down_report,
    superseded_report,
)
from bot.extract.release_scene_plans import scenes_later
from bot.extract.release_second_outings import told_as_second_outing
from bot.extract.release_self_corrections import self_corrected
from bot.extract.release_shoot_legs import later_leg, one_leg
from bot.extract.release_side_works import beside_the_production
from bot.extract.release_unconfirmed_reports import from_unconfirmed_reports
from bot.extract.release_update_days import label_day
from bot.facts import HELD, SERVE_LINE, SHOOT_KINDS, ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_OTHER_PROJECT = lazy_pattern(
    r"[ “\"‘']*(?:(?P<owner>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)[’']s|His|Her|Their)[ ]"
    r"(?:(?:next|other|latest|forthcoming|upcoming)[ ]){1,2}(?:[a-z]+[ ])?"
    r"(?:project|film|feature|movie|series|show|drama|venture|job|production)\b"
    r"|[ “\"‘']*(?:A|An|The)[ ](?:new[ ]|separate[ ]|planned[ ])?(?:stage|theatre|theater|"
    r"musical|radio|audio|podcast|video[ ]game|West[ ]End|Broadway|anime|manga)[ ]"
    r"(?:adaptation|version|production|show|play|musical|drama|series)\b"
)
"""A sentence whose subject is another project: someone's next one (not our work's next
series), or a stage version."""
_INDEFINITE_PRODUCTION = lazy_pattern(
    r"\b(?:in|on|for|to|into|with|circling|joining|joined|boarded|boarding|eyeing)[ ]an?[ ]"
    r"(?:[\w’'-]+[ ]){0,3}?(?:film|movie|feature|series|show|drama|thriller|comedy|project|"
    r"production|co-production|adaptation|miniseries|pilot|play)[ ,]+(?:(?:that|which)[ ]"
    r"(?:is[ ]|will[ ])?)?(?:(?:due|set|slated|scheduled|expected|planned)[ ]to[ ]|starts?[ ]|"
    r"begins?[ ]|(?:is[ ])?(?:shooting|filming)\b)"
)
"""A shoot planned for a production the sentence names only as "a ..."; with :data:`_BESIDES`
before it, not this one ("Kit Lund has joined a Lumen thriller due to shoot in May" may be)."""
_BESIDES = lazy_pattern(r"\b(?:also|next|another|separate|meanwhile|too)\b", re.IGNORECASE)
_HAS_ANOTHER = lazy_pattern(
    r"\b(?:has|have|had|with)[ ](?:got[ ])?(?:another|a[ ]second|a[ ]further|one[ ]more)[ ]"
    r"(?:[a-z]+[ ]){0,2}?(?:film|movie|feature|project|drama|thriller|comedy|play)\b"
)
"""Someone's other work told by "has another ...": "Kell has another film in the can, due next
year" dates that film, not ours."""
_IN_PROGRESS = lazy_pattern(r"\b(?:is|are)[ ](?:now[ ]|currently[ ])?(?:shooting|filming)\b")
_FILMING = frozenset({ReleaseKind.FILMING_PLANNED, ReleaseKind.FILMING_STARTED,
                      ReleaseKind.FILMING_WRAPPED})  # fmt: skip


_REPORT_DISMISSED = lazy_pattern(
    r"\b(?:[Rr]eports|[Cc]laims|[Ss]uggestions|[Tt]alk|[Rr]umou?rs|[Ss]peculation|[Ss]tories)[ ]"
    r"that\b[^.;]*?\b(?:(?:are|is|were|was)|(?:turned|turns|turn)[ ]out[ ]to[ ]be|"
    r"prov(?:ed|es|en)(?:[ ]to[ ]be)?)[ ](?:simply[ ]|completely[ ]|entirely[ ]|just[ ])?"
    r"(?:wrong|untrue|false|inaccurate|incorrect|premature|wide[ ]of[ ]the[ ]mark|off[ ]the[ ]mark|"
    r"not[ ]true|unfounded|baseless|nonsense|wishful[ ]thinking)\b"
)
"""A report the sentence dismisses, now or as it turned out ("Earlier talk that it would land in
May turned out to be wrong", "proved unfounded"): what it claims is not stated."""


def _not_stated(evidence: str) -> bool:
    """The sentence's time is a report's or a guess's, or another work's: no time of ours."""
    return (
        from_unconfirmed_reports(evidence)  # "declined to comment on reports that it could ..."
        or knocked_down_report(evidence)  # "Reports claimed it moved to May, but ... denied"
        or superseded_report(evidence)  # "unlike earlier reports, which said ... in May"
        or denied_in_brief(evidence)  # "One fan claimed it would land on 2 March; it didn't"
        or anyones_claim(evidence)  # "Whoever said it was coming in March owes me a fiver"
        or crowds_expectation(evidence)  # "which led many fans to expect a spring launch"
        or _HAS_ANOTHER.search(evidence) is not None  # "has another film in the can, due ..."
    )


def settled(facts: list[ReleaseFact], date: dt.date | None, context: Context) -> list[ReleaseFact]:
    """The facts without another project's, with a future start planned and a planned month
    dropped where a day in it is planned too."""
    kept: list[ReleaseFact] = []
    for told in facts:
        fact = self_corrected(told, date)  # "in early 2027 — then corrected himself: “2028”"
        if fact is None:
            continue
        if " that " in fact.evidence and _REPORT_DISMISSED.search(fact.evidence):
            continue  # "Reports that filming starts in April are wide of the mark"
        if (fact.date or fact.window) and _not_stated(fact.evidence):
            continue
        if in_an_actors_past(fact) or a_guides_span(fact):
            kept.append(held(fact, "an actor's past or a guide's span"))  # "who first played
            continue  # X when the series began shooting in 2019"; "Our pick ... from 13 to 15"
        if fact.kind is ReleaseKind.TITLE and believed_title(fact.evidence):
            kept.append(held(fact, "a title only believed"))  # "fans are convinced it will be
            continue  # called X"
        if fact.kind is ReleaseKind.TITLE and provisional_title(fact.evidence, fact.title or ""):
            kept.append(held(fact, "a name worked under for now"))  # "under the title X"
            continue
        if fact.kind is ReleaseKind.FILMING_WRAPPED and one_leg(fact.evidence):
            continue  # "wraps its coastal shoot on Friday before moving on to studio work"
        if fact.kind is ReleaseKind.FILMING_STARTED and later_leg(fact.evidence):
            kept.append(held(fact, "a later leg's start"))  # "began in Leith after a week in Ayr"
            continue
        if fact.kind is ReleaseKind.FILMING_PLANNED and scenes_later(fact.evidence):
            kept.append(held(fact, "some scenes of a shoot begun"))  # "began on 3 May, with the
            continue  # beach scenes set to shoot in June"
        if beside_the_production(fact, context):
            continue  # "she starts filming a drama in May"; "The trailer dropped today"
        other = _OTHER_PROJECT.match(fact.evidence)
        if other is not None and not (other["owner"] and context.is_known(other["owner"])):
            continue  # "Lanterns' next series films in May" is still ours
        other_one = _INDEFINITE_PRODUCTION.search(fact.evidence) if fact.kind in _FILMING else None
        if other_one is not None and _BESIDES.search(fact.evidence, 0, other_one.start()):
            continue
        if date is not None and _under_way(fact, date):
            doubt = "the shoot may be under way"
            kept.append(replace(fact, confidence=HELD, doubt=doubt))
            continue
        ahead = date is not None and comes_after(fact, label_day(fact.evidence, date) or date)
        if fact.kind is ReleaseKind.FILMING_STARTED and ahead:
            kept.append(replace(fact, kind=ReleaseKind.FILMING_PLANNED))
        else:
            kept.append(fact)
    kept = home_releases(_event_first(denied(kept)), date)
    sure = [f for f in kept if f.confidence >= SERVE_LINE]
    plans = [_span(f) for f in sure if f.kind is ReleaseKind.FILMING_PLANNED]
    dates = [_span(f) for f in sure if f.kind is ReleaseKind.PREMIERE_DATE and not f.hedged]
    # "which begins filming this month" beside "Filming begins on 22 June", still to come: the
    # month told in the present is the planned day's, not a shoot begun.
    days = [_span(f) for f in sure if f.kind is ReleaseKind.FILMING_PLANNED and f.date]
    return [
        f
        for f in kept
        if not (
            f.kind is ReleaseKind.FILMING_PLANNED and f.date is None and _wider(_span(f), plans)
        )
        and not (
            f.kind is ReleaseKind.FILMING_STARTED
            and f.window
            and _wider(_span(f), days)
            and told_in_present(f.evidence)
        )
        and not (f.kind is ReleaseKind.WINDOW and _wider(_span(f), dates))
    ]


def _span(fact: ReleaseFact) -> tuple[str, str]:
    """The first and last day a fact's day or window covers, as sortable text ("2025-06-00",
    "2025-08-99" for June to August)."""
    if fact.date is not None:
        return fact.date.isoformat(), fact.date.isoformat()
    first, _, last = (fact.window or "").partition("/")
    last = last or first
    first = first if len(first) > _YEAR else first + "-01"
    last = last if len(last) > _YEAR else last + "-12"
    return first + "-00", last + "-99"


_YEAR = 4


def _wider(span: tuple[str, str], plans: list[tuple[str, str]]) -> bool:
    """Another planned start lies inside this window and is narrower ("this summer" beside
    "due to begin in July", "in May" beside "on 12 May"): the narrower one says more."""
    return any(span[0] <= first and last <= span[1] and (first, last) != span
               for first, last in plans)  # fmt: skip


def comes_after(fact: ReleaseFact, date: dt.date) -> bool:
    """The fact's day, or its window's first month or year, comes after ``date``'s."""
    if fact.date is not None:
        return fact.date > date
    first = (fact.window or "").split("/", 1)[0]
    if len(first) == 4:
        return first > f"{date.year:04d}"
    return bool(first) and first > f"{date.year:04d}-{date.month:02d}"


def _under_way(fact: ReleaseFact, date: dt.date) -> bool:
    """A shoot "is filming" in a window the article's date is already in."""
    if fact.kind is not ReleaseKind.FILMING_PLANNED or not fact.window:
        return False
    first, _, last = fact.window.partition("/")
    month = f"{date.year:04d}-{date.month:02d}"
    return first[:7] <= month <= (last or first)[:7] and bool(_IN_PROGRESS.search(fact.evidence))


_THEN = lazy_pattern(r"(?i)\b(?:before|ahead[ ]of|after|following|prior[ ]to|then)\b")


def _event_first(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Two release dates in one sentence told one after the other ("premieres in Berlin on 14
    February before streaming from 6 March", "After its Sundance bow on 24 January, it hits
    cinemas on 3 April"): the earlier is an event before the release, held. Not where the later
    day is told as a second outing ("drops on the app today before its linear run begins on
    Sunday"): the earlier is then the release."""
    days: dict[str, set[dt.date]] = {}
    for fact in facts:
        if fact.kind is ReleaseKind.PREMIERE_DATE and fact.date and fact.confidence >= SERVE_LINE:
            if told_as_second_outing(fact.evidence):
                continue
            days.setdefault(fact.evidence, set()).add(fact.date)
    latest = {evidence: max(found) for evidence, found in days.items() if len(found) > 1}
    if not latest:
        return facts
    return [
        replace(fact, confidence=HELD, doubt="an event before the release")
        if fact.kind is ReleaseKind.PREMIERE_DATE
        and fact.date is not None
        and fact.date < latest.get(fact.evidence, fact.date)
        and _THEN.search(fact.evidence)
        else fact
        for fact in facts
    ]


def deduped(facts: list[ReleaseFact], date: dt.date | None = None) -> list[ReleaseFact]:
    """One fact per value, the surest where they differ (a title reported and used in passing),
    hedged where it is told both ways ("cameras roll next month" in the lede, "roll in early
    September, sources say" in the body); a dateless "filming is under way" only if no
    date or served month says when ("began in March", read both as a month and as a bare
    start); "no date yet" beside a served release date is held (it speaks of another window:
    "no streaming date has been set"), unless the cinema date is before ``date`` (the
    article's) and the later window is named: then both stand."""
    best: dict[tuple[ReleaseKind, object, object, object], float] = {}
    hedged = {(f.kind, f.date, f.window, f.title) for f in facts if f.hedged}
    for fact in facts:
        key = (fact.kind, fact.date, fact.window, fact.title)
        if key in hedged and not fact.hedged:
            continue  # the same time told plainly in the lede and hedged in the body: hedged
        best[key] = max(best.get(key, 0.0), fact.confidence)
    dated = {f.kind for f in facts if f.date is not None}
    timed = {f.kind for f in facts if f.window is not None and f.confidence >= SERVE_LINE}
    timed |= dated
    served = [
        f for f in facts if f.kind is ReleaseKind.PREMIERE_DATE and f.confidence >= SERVE_LINE
    ]
    released, gone = (
        bool(served),
        date is not None and all(f.date and f.date < date for f in served),
    )
    unique: list[ReleaseFact] = []
    for fact in facts:
        key = (fact.kind, fact.date, fact.window, fact.title)
        if key not in best or fact.confidence < best[key] or (key in hedged and not fact.hedged):
            continue
        del best[key]
        status = fact.kind in SHOOT_KINDS
        if (
            status
            and fact.date is None
            and (fact.kind in dated or (fact.window is None and fact.kind in timed))
        ):
            continue
        later = gone and _LATER_DATE.search(fact.evidence) is not None  # past cinema date
        no_date = fact.kind is ReleaseKind.NOT_ANNOUNCED and fact.confidence >= SERVE_LINE
        if released and no_date and not later:
            unique.append(replace(fact, confidence=HELD, doubt="a release date is given too"))
            continue
        unique.append(fact)
    return unique


_LATER_DATE = lazy_pattern(r"\b(?:streaming|digital|home[ ]entertainment)[ ](?:release[ ])?date\b")
"""A later window's date not yet set ("a streaming date has not been announced") beside the
cinema date the article gives: both stand."""
