"""A date or window the sentence then sets aside: given up ("the Christmas 2027 release the
studio was hoping for is almost certainly off the table", "a spring launch is no longer on the
cards"), or only a guess others had made ("quicker than the late-2026 launch some outlets had
been predicting")."""

from __future__ import annotations

from bot.extract.release_alternatives import one_of_two
from bot.extract.release_announced_by import dates_the_news
from bot.extract.release_career_debuts import career_debut
from bot.extract.release_denied_reports import denied_report
from bot.extract.release_earlier_works import earlier_work_released
from bot.extract.release_eve_events import eve_of_release
from bot.extract.release_event_openers import at_an_event, event_opened
from bot.extract.release_habits import habitual
from bot.extract.release_moved_after import moved_after
from bot.extract.release_offsets import given_up
from bot.extract.release_opened_with import opened_with_a_work
from bot.extract.release_others_claims import claimed_by_posts
from bot.extract.release_record_spans import record_span
from bot.extract.release_said_before import said_before, said_then
from bot.extract.release_shoot_stretches import shoot_stretch
from bot.extract.release_stage_runs import stage_run
from bot.lazy_patterns import lazy_pattern

_DROPPED = lazy_pattern(
    r"\b(?:off[ ]the[ ](?:table|cards)|no[ ]longer[ ](?:happening|on[ ]the[ ]cards|going[ ]ahead))"
)
_TURN = lazy_pattern(r"\b(?:now|instead|but|will)|;")
"""Words between the date and the verdict that turn to another plan."""
_GUESSED = lazy_pattern(
    r"[ ](?:launch|release|premiere|debut|date|window|slot|bow)[ ](?:(?:that|which)[ ])?"
    r"(?:[\w’'-]+[ ]){1,4}?(?:had|were|was)[ ](?:been[ ])?"
    r"(?:predict|speculat|guess|tipp|rumou?r|touted)\w*"
)
"""The time as the object of others' earlier guess, in a clause that follows its noun."""


def set_aside(chunk: str, start: int, end: int) -> bool:
    """The date or window from ``start`` to ``end`` is a plan given up: told in the past perfect
    before it ("had been due to air in the spring, but ..."), what someone had said before
    ("had said it would open in May") or when it was said ("said in April that"), set aside by
    the words after, or only what posts claim; or the time of an event the sentence opens on,
    places something at or that opened with a work, of a stage run, of a person's own debut or an
    earlier work's release, of
    earlier works' or a type of work's habit or of a stretch of the shoot; or a time reports
    gave, then denied; or the span a record is counted over; or when the release date is to be
    announced; or one of two times told with "or"; or the day before the release; or a plan
    once told ("would launch on") that the sentence then moves."""
    return (
        given_up(chunk, start)
        or said_before(chunk, start)
        or said_then(chunk, start, end)  # "said in April that ...": when it was said
        or dropped_plan(chunk, end)
        or claimed_by_posts(chunk, start)
        or event_opened(chunk, start)
        or opened_with_a_work(chunk, start, end)  # "opened on 6 June with a documentary"
        or at_an_event(chunk, start)
        or stage_run(chunk, start, end)
        or career_debut(chunk, start)
        or earlier_work_released(chunk, start)  # "The first film opened on ..."
        or habitual(chunk, start, end)
        or shoot_stretch(chunk, start)
        or denied_report(chunk, start, end)
        or record_span(chunk, start, end)  # "the best debut since the autumn"
        or dates_the_news(chunk, end)  # "in May is when a date will be announced"
        or one_of_two(chunk, start, end)  # "in late 2026 or early 2027": a choice
        or eve_of_release(chunk, end)  # "on 9 May, the night before it opens"
        or moved_after(chunk, start, end)  # "would launch on 26 October; ITV moved it back"
    )


def dropped_plan(chunk: str, end: int) -> bool:
    """The words after the date or window at ``end`` say it is off (the plan was given up), or
    that others had only guessed it."""
    if _GUESSED.match(chunk, end) is not None:
        return True
    if "off the " not in chunk and "no longer" not in chunk:
        return False
    verdict = _DROPPED.search(chunk, end)
    return verdict is not None and _TURN.search(chunk, end, verdict.start()) is None
