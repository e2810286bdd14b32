"""A habit of earlier works ("the first two films each opened in the autumn", "past series have
all gone out in January", "the earlier seasons traditionally premiered in the spring"): the time
is what the others did, told as a pattern, not a window for the article's production. A habit
spans works of different years, so its time carries no year of its own; "both released in
April 2026" or "are typically released in April 2026" is one dated release, maybe ours. So is
a type of work told as a sentence of its own ("The film that arrives without a campaign, gets
mentioned in September and ...", "The kind of series that drops in January"): what such works
do, not a window."""

from __future__ import annotations

from bot.extract.cues import hint
from bot.extract.release_moments import YEAR
from bot.lazy_patterns import lazy_pattern

_HABIT = lazy_pattern(
    r"(?<!\bare[ ])(?<!\bis[ ])(?<!\bbe[ ])(?<!\bwill[ ])"
    r"\b(?:(?:each|both|traditionally|typically|usually|always|invariably)[ ]"
    r"(?:(?:have|has|had)[ ])?|(?:have|had)[ ](?:all|each|both)[ ])"
    r"(?:\w+ed|came|went|hit|aired)[ ](?:[\w’'-]+[ ]){0,2}$"
)
"""A distributive or habit word before a past verb, right before the time ("each arrived in",
"have all landed in"), not after a present or future "are", "is", "be" or "will"; never a bare
"all" ("all episodes dropped in March" may be ours)."""
_HABIT_HINT = hint(
    "each ", "both ", "traditionally ", "typically ", "usually ", "always ", "invariably ", "all "
)
_OURS_TOO = lazy_pattern(
    r"\b(?:(?:this|the[ ]new|the[ ]next|the[ ]latest)[ ](?:one|season|series|film|run|instalment)"
    r"[ ](?:is|will|does|should)(?:[ ]be)?[ ](?:too|as[ ]well|likewise)|so[ ](?:is|will|does)[ ]"
    r"(?:this|the[ ]new|the[ ]next|the[ ]latest)[ ])"
)
"""The sentence going on to say ours does the same: "..., and this one is too"."""
_TYPE = lazy_pattern(
    r"[ “\"‘]*(?:The|A|An)[ ](?:(?:kind|sort|type)[ ]of[ ](?:an?[ ])?)?(?:[a-z][\w-]*[ ]){0,2}?"
    r"(?:film|movie|show|series|drama|comedy|thriller|documentary|feature)[ ](?:that|which)[ ]"
    r"[a-z]+s\b"
)
"""A sentence that opens on a type of work and what it does in the present: "The film that
arrives ...", "A drama that lands ...", "The kind of series that drops ..."."""
_TYPES_DOING = lazy_pattern(
    r"(?:[ ](?:in|on|by|at|from|until|around|the))*[ ]*$|.*?(?:,[ ]|[ ]and[ ])"
)
"""Between the type's verb and the time: only the time's own words ("that drops in January") or
more of what the type does, joined on ("arrives quietly, gets mentioned in September", "lands
and fades by May"). A second verb with no join ("The film that closes the trilogy opens on 3
October") is a work named by what it does, maybe ours, told with its own date."""


def habitual(chunk: str, start: int, end: int) -> bool:
    """The time from ``start`` to ``end`` is what earlier works each did, told as a habit, or
    what a type of work does."""
    if YEAR.search(chunk, start, end) is not None:
        return False  # a year inside the time: one dated release, never a habit
    if " that " in chunk or " which " in chunk:
        told = _TYPE.match(chunk)
        if (
            told is not None
            and told.end() <= start
            and _TYPES_DOING.match(chunk[told.end() : start]) is not None
        ):
            return True
    if not _HABIT_HINT.search(chunk):
        return False
    if _OURS_TOO.search(chunk, end) is not None:
        return False  # "were always released in May, and this one is too": ours, in May
    return _HABIT.search(chunk, max(start - 60, 0), start) is not None
