"""A premiere in a named place ahead of the release the same sentence dates from it: "premieres in
Toronto on Tuesday 6 October, three days before it lands on Netflix". The place's premiere is an
event (a festival, a gala); the release is the later day the offset counts to, so the written
date is not the release's. So is a premiere told as gone by in a named place before the release
the article dates elsewhere (a review's "It premiered in Tarrow on 9 May.").
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.dates import OFFSET_RE
from bot.extract.release_own_coverage import promises_coverage
from bot.extract.release_shot_seasons import not_the_film_shot
from bot.extract.release_span_ends import ends_a_span
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_PLACED = lazy_pattern(
    r"\b(?:premieres?|premiering|debuts?|debuting|screens?|screening|bows?)[ ](?:in|at)[ ]"
    r"(?:the[ ])?[A-Z][\w’'.-]*(?:[ ](?:[A-Z][\w’'.-]*|Film[ ]Festival))*"
    r"(?:[ ,]+(?:on|this|next)?[ ]?(?:[A-Z][a-z]+day)?,?[ ]?)$"
)
"""A premiere at a place just before the date ("premieres in Toronto on Tuesday ")."""
_TO_RELEASE = lazy_pattern(
    r"[ ](?:it|the[ ](?:film|movie|series|show))[ ](?:\w+[ ])?(?:lands|arrives|hits|streams|"
    r"drops|opens|is[ ]released|comes[ ]out|goes[ ]live|launches)[ ]"
    r"(?:on|to|in[ ](?:(?:[A-Z][\w-]*|and|&)[ ]){0,4}(?:cinemas|theaters|theatres))\b"
)
"""The release the offset counts to: " it lands on Netflix", " the film opens in cinemas", " it
opens in UK and Irish cinemas"."""
_REACH = 80


def premiered_ahead(chunk: str, start: int, end: int) -> bool:
    """The date at ``start``-``end`` is a premiere in a named place that the sentence then puts
    some days before the film's release ("..., three days before it lands on Netflix")."""
    if " before " not in chunk or (" in " not in chunk and " at " not in chunk):
        return False
    offset = OFFSET_RE.search(chunk, end, end + 40)
    if offset is None or offset["dir"] != "before" or chunk[end : offset.start()].strip(" ,"):
        return False
    if _TO_RELEASE.match(chunk, offset.end()) is None:
        return False
    return _PLACED.search(chunk[max(start - _REACH, 0) : start]) is not None


_PREMIERED_IN_PLACE = lazy_pattern(
    r"\bpremiered[ ]in[ ](?!the\b|[A-Z][a-z]+day\b)[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}[ ]on[ ]"
)
"""A premiere told as gone by in a named place, then its day: "premiered in Tarrow on 9 May"."""


def premiere_nights(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The facts without a premiere day told in a named place ("The film premiered in Tarrow on
    9 May.", a review's footnote) where the article dates the release later ("on Netflix from
    12 May"): the premiere night was an event before the release, not the release itself. Not
    where the same sentence goes on to a later territory's day ("premiered in Britain on 3 May;
    it arrives on Hulu in the US on 10 June"): the place is the home release, told first."""
    served = [f for f in facts if f.kind is ReleaseKind.PREMIERE_DATE and f.date and f.served]
    if not served:
        return facts
    latest = max(f.date for f in served if f.date)
    return [
        fact
        for fact in facts
        if fact.kind is not ReleaseKind.PREMIERE_DATE
        or fact.date is None
        or fact.date >= latest
        or _PREMIERED_IN_PLACE.search(fact.evidence) is None
        or any(f.evidence == fact.evidence and f.date != fact.date for f in served)
    ]


_EVENT_GAP = lazy_pattern(r"[^.;:!?\d]{0,60}")
"""What may stand between an event's day and the offset: " for the film's world premiere, "."""


def day_before_release(chunk: str, end: int) -> bool:
    """The day named just before ``end`` is an event's that the sentence puts some days before the
    release ("walked the carpet tonight for the gala, two days before it lands on Netflix"): the
    release is the day the offset counts to, not the named day."""
    offset = OFFSET_RE.search(chunk, end, end + 80)
    if (
        offset is None
        or offset["dir"] != "before"
        or _TO_RELEASE.match(chunk, offset.end()) is None
    ):
        return False
    return _EVENT_GAP.fullmatch(chunk, end, offset.start()) is not None


def not_the_release_day(chunk: str, end: int, clause: str, context: Context) -> bool:
    """The day named just before ``end`` is not the film's to date: an event's ahead of the
    release (:func:`day_before_release`), another work's shoot (:func:`not_the_film_shot`), or
    the end of a count the release opens (:func:`ends_a_span`), or the article's own coverage
    (:func:`.release_own_coverage.promises_coverage`). The offset that follows may still count
    from it."""
    return (
        promises_coverage(clause)
        or day_before_release(chunk, end)
        or not_the_film_shot(clause, context)
        or ends_a_span(chunk, end)
    )
