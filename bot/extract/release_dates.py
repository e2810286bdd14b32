"""One date or window in a sentence, classified by the verb just before it: a release, a
shoot's start, end or plan, or none of them (a back-reference, another event, history).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.context import Context
from bot.extract.dates import parse_date, parse_window
from bot.extract.lexicon import WEEKDAY_PATTERN
from bot.extract.release_cinema_openings import opened_in_cinemas
from bot.extract.release_comparisons import compared_season
from bot.extract.release_elsewhere import dismissed
from bot.extract.release_expected import expected_release, hope, shoot_in
from bot.extract.release_for_nouns import for_release
from bot.extract.release_gerund_starts import start_marks
from bot.extract.release_hope_scopes import hedged_before, hoped_over
from bot.extract.release_modal_starts import modal_start
from bot.extract.release_moments import ANECDOTE_HOUR, ORDERED, THAT_YEAR, that_months_year
from bot.extract.release_news_days import ANNOUNCING, event_then, screened_then, spoke_then
from bot.extract.release_ongoing import goes_on, last_day_to_come, opens_a_clause
from bot.extract.release_other_seasons import of_another_season
from bot.extract.release_own_scenes import own_scenes
from bot.extract.release_participles import fronted_release, released_ahead, released_last
from bot.extract.release_parts import (
    clause_before,
    hedged_by_tail,
    is_hedged,
    long_past,
    not_the_film,
    other_season,
    words_before,
)
from bot.extract.release_places import PLACES_ON, plan_over_places, planned_over_places
from bot.extract.release_plans import planned_after
from bot.extract.release_platforms import after_the_cinemas
from bot.extract.release_present import (
    month_away,
    moved_ours,
    past_start,
    present_start,
    start_ahead,
)
from bot.extract.release_reported_aims import FOR_OTHER
from bot.extract.release_returns import back_at_a_place, return_planned
from bot.extract.release_series_starts import story_began
from bot.extract.release_set_days import set_for_release
from bot.extract.release_shot_seasons import not_our_shoot
from bot.extract.release_spans import released_after, shoot_told, shot_then, untensed_roll
from bot.extract.release_stage_runs import STAGE_RUN
from bot.extract.release_subjects import not_a_release, own_release, released_then
from bot.extract.release_until import held_until, ran_until, runs_until
from bot.extract.release_waits import waits_for_release
from bot.extract.release_weekday_ons import weekday_on
from bot.extract.release_words import (
    AIMED_AT,
    AIMED_SLOT,
    BACK_REFERENCE,
    DIRECT_VERB,
    FILMING_NOUN,
    FUTURE,
    MOVED,
    PLANNED,
    RELEASE_VERB,
    STARTED,
    TO_DATE,
    WRAPPED,
    WRAPPING,
)
from bot.extract.release_wrap_plans import checked_end, wrap_to_come
from bot.extract.release_wrapped_others import wrapped_other
from bot.extract.release_year_parts import narrowed_year
from bot.facts import SHOOT_KINDS, ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_HISTORY = dt.timedelta(days=60)
_RELEASE_NOUN = lazy_pattern(
    r"\s+(?:release|launch|debut|bow(?![ ](?:on|in|at|with|opposite)[ ](?:the[ ])?[A-Z]))\b"
)
"""A release named by its noun after the time: "a 2026 release", the trade's "a late-2026 bow";
not a bow on a stage or in a work ("a 2025 bow on Broadway"): a performer's debut."""
_FRESH_FROM = lazy_pattern(r"\bfresh[ ]from(?:[ ](?:a|an|her|his|their))?$")
"""A person "fresh from" a time's release: their earlier work, not the article's."""
_SINCE_ITS = lazy_pattern(r"\b(?:since|after|following)[ ](?:its|the[ ](?:film|movie)[’']s)$")


def _dated(
    ref: dt.date | None, chunk: str, match: re.Match[str], evidence: str, context: Context
) -> ReleaseFact | None:
    before = words_before(chunk, match.start())
    if opens_a_clause(chunk, match.start()):
        return None  # "wrapped in May, and on Monday the studio revealed ...": the news's day
    glossed = _DAY_COMMA.search(chunk, 0, match.start())
    clause = clause_before(chunk, glossed.start() if glossed else match.start())
    shift = MOVED.search(chunk, 0, match.start())
    moved = shift is not None
    if shift is not None and not_the_film(chunk[: shift.start()], context):
        return None  # "The London premiere has moved too, to March 3": the event's new date
    if moved and before.endswith(" from") and TO_DATE.match(chunk, match.end()):
        return None  # "moved the release from 23 April to 7 May": the old date
    moved_to = moved and before.endswith(" to")
    if moved_to:
        before = before[:-3] + " on"
    before = held_until(_GLOSSED_WEEKDAY.sub(" on", fronted_release(chunk, match.span(), before)))
    before = weekday_on(before, match.group())  # "premieres this Friday, March 20"
    before, back = _THE_NEXT.sub(" on", before), _THE_PAST.search(before) is not None
    before = _THE_PAST.sub(" on", before)  # "finished the past 5 of September": on
    if before.endswith(" since") and STARTED.search(before):
        before = before[:-6] + " began on"  # "has been under way since 2 June": it began then
    planned = _PLANNED_DATE.search(before) or present_start(before, match, ref)
    planned = planned or return_planned(chunk, match.start())  # "crews are due back ... on"
    if not planned and back_at_a_place(chunk, match.start()):
        return None  # "The crews of another work are due back in Marlock on 9 May": no release
    since = _SINCE_ITS.search(before) and _RELEASE_NOUN.match(chunk, match.end())
    if since or released_then(chunk, match.start(), match.end(), context):
        day = parse_date(match, ref, past=True)  # "since its March 12 debut": the release, past
        if day is None or not_the_film(clause, context):
            return None
        return ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)
    waits = waits_for_release(chunk, before, match.end())
    before += " arrives on" if waits or set_for_release(chunk, before, match.end(), context) else ""
    if not before.endswith((" on", " from")) and not DIRECT_VERB.search(before) and not planned:
        return None
    if BACK_REFERENCE.search(clause) or _ANTECEDENT_EVENT.search(chunk, 0, match.start()):
        return None
    if planned:
        day = parse_date(match, ref, past=False)
        if (
            day is None
            or not_the_film(clause, context)
            or other_season(chunk[: match.start()], context)
        ):
            return None
        return ReleaseFact(
            ReleaseKind.FILMING_PLANNED, evidence, date=day, hedged=is_hedged(clause)
        )
    filming = shot_then(chunk, before)
    released = released_last(before) and not released_ahead(chunk, match.start())
    opened = opened_in_cinemas(chunk, match.start(), context)
    day = parse_date(match, ref, past=filming or released or back or opened)
    # "The finale, which premiered on 6 March, ..." restates this film's release; "When the
    # show arrived on Netflix on 22 April 2022" is history.
    restated = opened or (released and _THE_FILM.search(chunk, 0, match.start()) is not None)
    if (
        day is not None
        and ref is not None
        and not filming
        and day < ref - _HISTORY
        and not restated
    ):
        return None
    if day is None or (ref is not None and day > ref and _BEGAN_ON.search(before)):
        return None  # "The drama began on Skye on 3 March": a past start read as next year's
    fact = classified(day, before, clause, chunk, evidence, context)
    if fact is None and moved_to and moved_ours(chunk, shift, match.start(), clause, context):
        return ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)
    if fact is None and _ANNOUNCED_ON.search(before):
        news = _NEWS_OF_SHOOT.match(chunk, match.end())
        if news is not None and not not_the_film(news.group(), context):
            done = WRAPPED.search(news["state"]) is not None
            kind = ReleaseKind.FILMING_WRAPPED if done else ReleaseKind.FILMING_STARTED
            return ReleaseFact(kind, evidence, date=day)
    return fact


_BEGAN_ON = lazy_pattern(r"\b(?:began|started)[ ]on[ ][A-Z][^,;]*[ ]on$")
"""A run told begun, in the past, on a channel on a day: the day is not still to come."""
_ANNOUNCED_ON = lazy_pattern(r"\b(?:confirmed|announced|revealed|said|shared|reported)[ ]on$")
_NEWS_OF_SHOOT = lazy_pattern(
    r"[)]?,?[ ]that[ ](?:principal[ ]photography|filming|shooting|production)"
    r"(?:[ ](?:on|of|for)[ ][^,;.()]{1,50}?)?[ ](?:has|have)[ ](?:now[ ]|officially[ ]|finally[ ])?"
    r"(?P<state>started|begun|kicked[ ]off|got[ ]under[ ]?way|commenced|wrapped|finished|"
    r"concluded|ended)\b"
)
"""News of the shoot dated by the day it was given: "Netflix confirmed yesterday (9 June) that
filming has officially started", "announced on 3 March that production has wrapped"."""
_THE_NEXT = lazy_pattern(r"[ ]the[ ](?:next|coming)$")
_THE_PAST = lazy_pattern(r"[ ]the[ ](?:past|last)$")
"""Before a date in translated copy: "arrives the next 6 of March", "ended the past 5 of May"."""
_THE_FILM = lazy_pattern(r"\b(?:film|movie|finale|feature)\b")
_PLANNED_DATE = lazy_pattern(
    rf"(?:{PLANNED.pattern})(?:[ ](?:principal[ ]photography|filming|shooting|production|cameras))?"
    rf"(?:[ ]{PLACES_ON}|(?:[ ](?:on|from))?)$"
)
"""A shoot's planned start, dated: "is scheduled to begin principal photography March 3", "is
set to begin in North Wales on 2 May"."""
_LEG = lazy_pattern(
    r"\b(?:[Ff]ilming|[Ss]hooting|[Pp]roduction)[ ](?:in|at)[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*"
    r"[ ](?:has[ ]|had[ ])?(?:wrapped|ended|finished|concluded)\b"
)
"""One location's part of a shoot ("Filming in Polwick wrapped on Wednesday"), not the
whole shoot."""
_GLOSSED_WEEKDAY = lazy_pattern(
    rf"[ ](?:on[ ])?(?:{WEEKDAY_PATTERN}|yesterday|today|tonight)[ ]?\($"
    r"|[ ]on[ ](?:[A-Z][\w’'-]*[ ]){1,3}\($|[ ](?:on[ ]|from[ ])?(?:yesterday|today|tonight|"
    r"tomorrow),$"
)
_DAY_COMMA = lazy_pattern(r"[ ](?:on[ ]|from[ ])?(?:yesterday|today|tonight|tomorrow),[ ]$")
"""A date in brackets after the day it glosses: "landed on Netflix on Friday (27 February)",
"started yesterday (June 9)", "airs on Boxing Day (Friday 26th December)", "streams from
tomorrow, Thursday 26 February"."""
_MOVED_WHEN = lazy_pattern(
    r"\b(?:moved|pushed|shifted|delayed|rescheduled|bumped|brought)[ ]"
    r"(?:(?:the|its)[ ]\w+[ ]|it[ ])?(?:back[ ]|forward[ ]|out[ ])?$"
)
"""When a date was moved, not where to: "moved the release back in January"."""
_ANTECEDENT_EVENT = lazy_pattern(
    r"\b(?:premiere|gala|screening|festival|event)[ ]?,[ ](?:which|that)[ ](?:is|was|will[ ]be|"
    r"takes[ ]place|falls)[ ](?:on|from)[ ]$"
)
"""An event named before its date: "three days after the premiere, which is on 10 June"."""


def classified(  # noqa: PLR0917 - a private helper with one caller per date form
    day: dt.date, before: str, clause: str, chunk: str, evidence: str, context: Context
) -> ReleaseFact | None:
    """A dated statement: filming started or wrapped, or the release, by the verb before it."""
    if ANNOUNCING.search(before):  # "the streamer announced on Tuesday", "has finished
        return None  # filming, the studio confirmed on 26 May": the day of the news
    if shot_then(chunk, before):
        if (
            FUTURE.search(clause)
            or STAGE_RUN.search(before)
            or own_scenes(before)
            or untensed_roll(before)
        ):
            return None  # "with cameras rolling on 30 March": a start not told as past
        if compared_season(chunk, context) or wrapped_other(before, chunk, context):
            return None  # "For comparison, season two wrapped in May": another season's shoot
        kind = _latest_state(before)
        if kind is ReleaseKind.FILMING_WRAPPED and _LEG.search(chunk):
            return None
        return ReleaseFact(kind, evidence, date=day)
    if _WILL_ROLL.search(before) or _CREW_BACK.search(before):  # "Cameras will roll on Monday"
        if not_the_film(clause, context) or other_season(chunk, context):
            return None
        return ReleaseFact(
            ReleaseKind.FILMING_PLANNED, evidence, date=day, hedged=is_hedged(clause)
        )
    if event_then(before) or spoke_then(before) or screened_then(before):
        return None  # "premiered at the Berlinale on ...", "spoke to the press on Monday"
    if not_a_release(before, clause, chunk) or of_another_season(chunk, clause, context):
        return None  # "has arrived after flying in from Rome", "she returns in May": a person
    if RELEASE_VERB.search(before) and not not_the_film(own_release(before, clause), context):
        return ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day, hedged=is_hedged(clause))
    return None


_WILL_ROLL = lazy_pattern(
    r"\b(?:[Cc]ameras|[Ff]ilming|[Ss]hooting|[Pp]roduction|[Pp]rincipal[ ]photography)[ ]"
    r"(?:will|(?:is|are)[ ](?:due|set|scheduled)[ ]to)[ ](?:roll|start|begin|commence|"
    r"get[ ]under[ ]?way|kick[ ]off)\b(?![ ]rolling)"
)
"""A shoot's start still to come, dated by a day named from the article's."""
_CREW_BACK = lazy_pattern(
    r"\b(?:[Cc]rews?|[Tt]he[ ](?:crew|production|shoot)|[Ff]ilming|[Cc]ameras)[ ]"
    r"(?:(?:are|is|will[ ]be)[ ](?:due|set|scheduled|expected)[ ]back|will[ ]return)\b"
)
"""The shoot coming back to a place ("Crews are due back in the town next Tuesday"): a planned
leg of filming, never the film's arrival."""


def _latest_state(before: str) -> ReleaseKind:
    """Started or wrapped, by the verb nearest the date ("Cameras started rolling on 14 July, and
    filming concluded on 26 September": the second date is the wrap)."""
    started = start_marks(before)
    wrapped = [m.start() for m in WRAPPED.finditer(before)]
    if wrapped and (not started or wrapped[-1] > started[-1]):
        return ReleaseKind.FILMING_WRAPPED
    return ReleaseKind.FILMING_STARTED if started else ReleaseKind.FILMING_WRAPPED


def _windowed(
    ref: dt.date | None, chunk: str, match: re.Match[str], evidence: str, context: Context
) -> ReleaseFact | None:
    before = words_before(chunk, match.start())
    clause = clause_before(chunk, match.start()).rsplit(" by the time ", 1)[-1]  # its own clause
    window = narrowed_year(chunk, match, parse_window(match, ref), evidence)
    if window is None or BACK_REFERENCE.search(clause) or ORDERED.search(before):
        return None
    if runs_until(match, before, clause):  # "will not be released until 2027" is the release's
        return ran_until(ref, chunk, match, before, evidence)  # "the shoot ran until May": wrap
    if (match["prep"] or "").lower() == "from" and (
        MOVED.search(chunk, 0, match.start()) or _SPAN_ON.match(chunk, match.end())
    ):
        return None  # "moved from September to October", "from May to July": not a start
    if (
        match["prep"]
        and match["prep"].lower() == "in"
        and _MOVED_WHEN.search(chunk, 0, match.start())
    ):
        return None
    if month_away(match, chunk) and not FILMING_NOUN.search(chunk):
        return None  # "Sales launch next month": a month away is a shoot's plan, not a release
    aimed = AIMED_SLOT.search(before) and not FOR_OTHER.match(chunk, match.end())  # "trailer"
    noun = _RELEASE_NOUN.match(chunk, match.end())
    if noun and _FRESH_FROM.search(before):
        return None  # "Ada Vale, fresh from a 2025 bow, joins": a person's earlier work
    noun_release = bool(noun or aimed or for_release(before)) or (
        (AIMED_AT.search(before) is not None or _A_YEARS.search(before) is not None)
        and _PREMIERE_NOUN.match(chunk, match.end()) is not None
    )  # "is targeting a fall 2026 premiere", "ahead of a 2027 broadcast"
    if expected_release(before, chunk, match.start(), context) and not shoot_in(clause):
        # "the film is expected sometime in 2026": the release's time, as a hope.
        if not_the_film(clause, context) or long_past(window, ref):
            return None
        return ReleaseFact(ReleaseKind.WINDOW, evidence, window=window, hedged=hope(before, window))
    if (
        (
            FILMING_NOUN.search(chunk)
            or ((match["month"] or match["pmonth"]) and shoot_told(chunk, before))
        )
        and not FUTURE.search(clause)
        and not released_after(before)
        and not noun_release
    ):
        # "wrapped filming in September", "a shoot that began in July": a month, no day.
        if goes_on(before) or story_began(before):
            return None  # "began in June, continues in Polwick this month before wrapping in ..."
        done = parse_window(match, ref, past=True)  # None: "wrapped this summer" in February
        started = bool(start_marks(before))
        # "wrapped in September, having started in June": the verb nearest the month decides.
        wrapped = WRAPPED.search(before) is not None and (
            not started or _latest_state(before) is ReleaseKind.FILMING_WRAPPED
        )
        if wrapped and last_day_to_come(chunk, before):
            return None  # "plan to mark it on the last day of the shoot in June": no wrap yet
        if wrapped or (
            WRAPPING.search(before) and not FUTURE.search(chunk)
        ):  # "took place over the spring, wrapping in early May": a past shoot's end
            if (
                done is None
                or compared_season(chunk, context)
                or wrapped_other(before, chunk, context)
                or own_scenes(before)
            ):
                return None  # "For comparison, series three finished shooting in late 2023"
            return ReleaseFact(ReleaseKind.FILMING_WRAPPED, evidence, window=done)
        if started and start_ahead(before, match, window, ref):
            if past_start(before) or not_our_shoot(clause, chunk[: match.start()], context):
                # "Filming began next spring": a past verb never makes a plan
                return None  # "Their show's season two begins shooting in May"
            # "Filming begins next month": a start still to come is a plan.
            return ReleaseFact(ReleaseKind.FILMING_PLANNED, evidence, window=window)
        if started:
            return ReleaseFact(ReleaseKind.FILMING_STARTED, evidence, window=done) if done else None
    if (PLANNED.search(before) or planned_over_places(chunk, match.start())) and not noun_release:
        if not_the_film(clause, context) or other_season(chunk[: match.start()], context):
            return None  # "a third series, which is due to start filming next spring"
        plan = plan_over_places(chunk, match.start()) if match["prep"] != "until" else -1
        hedged = is_hedged(clause) or (plan > 0 and is_hedged(clause_before(chunk, plan)))
        return ReleaseFact(ReleaseKind.FILMING_PLANNED, evidence, window=window, hedged=hedged)
    if long_past(window, ref):
        return None  # "launched on the platform in April 2022": history, not the release
    if event_then(before) or ANECDOTE_HOUR.search(before):
        return None  # "debuts at Sundance in January"; "out on the lake at dawn in October"
    if not_a_release(before, clause, chunk) or of_another_season(chunk, clause, context):
        return None  # "Ostle returns to the stage in June", "Lowland, her follow-up, opens ..."
    if (RELEASE_VERB.search(before) or noun_release) and not not_the_film(clause, context):
        hedged = hedged_before(before) or hoped_over(chunk, match.start())
        return ReleaseFact(ReleaseKind.WINDOW, evidence, window=window, hedged=hedged)
    return None


_PREMIERE_NOUN = lazy_pattern(r"[ ](?:premiere|bow|release|debut|launch|broadcast|airing)\b")
"""A release aimed at, named by its noun: "is targeting a fall 2026 premiere"."""
_A_YEARS = lazy_pattern(r"\b(?:ahead[ ]of|before|for|with)(?:[ ](?:a|an|its))?$")
"""The window qualifies a release noun after an article ("ahead of a 2027 broadcast")."""
_SPAN_ON = lazy_pattern(r"[ ](?:to|until|till|through|and)[ ]")


def dated(
    ref: dt.date | None, chunk: str, match: re.Match[str], evidence: str, context: Context
) -> ReleaseFact | None:
    """The release or shoot statement a date makes, by the verb before it."""
    if THAT_YEAR.match(chunk, match.end()) or dismissed(chunk, match.end()):
        return None  # "landed on 3 March that year": a year named earlier, history
    fact = modal_start(_dated(ref, chunk, match, evidence, context), chunk, match, ref)
    fact = hedged_by_tail(fact, chunk, match.end())
    return checked_end(after_the_cinemas(fact, chunk[: match.start()]), chunk, match, ref)


def windowed(
    ref: dt.date | None, chunk: str, match: re.Match[str], evidence: str, context: Context
) -> ReleaseFact | None:
    """The release or shoot statement a window makes, by the verb before it."""
    if THAT_YEAR.match(chunk, match.end()) or dismissed(chunk, match.end()):
        return None  # "when it landed in March that year": the year named before, not next
    fact = modal_start(_windowed(ref, chunk, match, evidence, context), chunk, match, ref)
    fact = hedged_by_tail(fact, chunk, match.end())
    if (match["prep"] or "").lower() == "that" and fact is not None:
        window = fact.window or ""
        month = int(window[5:]) if len(window) == 7 else 0
        year = that_months_year(chunk, match.start(), month)  # "wrapped that April": which?
        if year is None or (fact.kind not in SHOOT_KINDS and not window.startswith(year)):
            return None  # a shoot's month takes the year in ``carried_month``
    return planned_after(wrap_to_come(fact, chunk, match, ref), chunk, match.end())
