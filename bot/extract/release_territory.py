"""A release date missing in one territory only: "Netflix hasn't announced a date for the UK and
Ireland yet", "no release date for Australian viewers so far", or a sentence led by the place
("In Canada it will stream later, though no date has been set"). Other territories may have theirs,
so "no date yet" for the film as a whole is not stated, and the statement is held."""

from __future__ import annotations

from dataclasses import replace

from bot.extract.context import Context
from bot.extract.lexicon import MONTH_NAME, SEASON_NAME, WEEKDAY_NAME
from bot.facts import HELD, ReleaseFact
from bot.lazy_patterns import lazy_pattern

_FOR_A_PLACE = lazy_pattern(
    r"\bdate[ ](?:yet[ ])?(?:for|in)[ ](?:the[ ])?"
    r"(?!(?:Season|Series|Part|Chapter|Volume|Episode|Book)\b)"
    r"(?P<place>[A-Z][\w-]*(?:[ ](?:and[ ])?[A-Z][\w-]*)*)(?![ ]?\d)"
)
"""A place after "date for/in": a run of capitalised words, not a season or part of the work."""
_AIRS_IN_A_PLACE = lazy_pattern(
    r"\bwhen[ ](?:it|they|the[ ](?:film|series|show|drama|comedy|season))[ ](?:will|would|is[ ]"
    r"(?:going|due|set)[ ]to)[ ](?:air|stream|screen|launch|arrive|land|open|premiere|be[ ]"
    r"(?:released|shown|broadcast|available))[ ](?:in|across)[ ](?:the[ ])?"
    rf"(?!(?:{MONTH_NAME}|(?i:{SEASON_NAME}))\b)"
    r"(?P<place>[A-Z][\w-]*(?:[ ](?:and[ ])?[A-Z][\w-]*)*)"
)
"""A place the no-date sentence's "when" clause names ("has not said when the series will air in
Ireland"): that place's date is the one missing."""
_LED_BY_PLACE = lazy_pattern(
    rf"[ “\"‘']*(?:In|For|Across)[ ](?:the[ ])?(?!(?:{MONTH_NAME}|{WEEKDAY_NAME}|(?i:{SEASON_NAME})"
    r"|Season|Series|Part|Chapter|Volume|Episode|Book)\b)"
    r"(?P<place>[A-Z][\w-]*(?:[ ](?:and[ ])?[A-Z][\w-]*)*)"
    r"(?=,|[ ](?:it|they|the|viewers|audiences|fans)[ ])"
    r"|[ “\"‘']*(?P<people>[A-Z][a-z]+(?:an|ish|ese|ian|ic|i))[ ]"
    r"(?:viewers|audiences|fans|subscribers|cinemagoers)[ ]"
)
"""A sentence led by a place ("In Ireland it will be on ...", "For the US, ...") or by its
people ("Canadian viewers can expect it ..."): what it says of a date is that place's."""
_FOR_A_VERSION = lazy_pattern(
    r"\bdate[ ](?:yet[ ])?(?:for|of)[ ](?:that|this|the|its)[ ](?:[\w’'-]+[ ]){0,2}?"
    r"(?:version|dub|edition|cut|spin-off|spinoff)s?\b"
)
"""A version of the film after "date for": a dub, a cut, an edition ("the director’s cut"),
with a date of its own; or a spin-off from it ("no date yet for the Osier Kites spin-off"),
another work even where the name before it is ours."""


def per_territory(fact: ReleaseFact, chunk: str, context: Context) -> ReleaseFact:
    """The no-date statement, held when it is limited to a named place that is not the film, or
    to one version of it (a dub, a cut)."""
    led = _LED_BY_PLACE.match(chunk)
    if led is not None and not context.is_known(led["place"] or led["people"]):
        return replace(fact, confidence=HELD, doubt="no date in one territory only")
    if " for " not in chunk and " in " not in chunk:
        return fact
    if _FOR_A_VERSION.search(chunk):  # "no date yet for that version": the dub's, not ours
        return replace(fact, confidence=HELD, doubt="no date for one version or spin-off only")
    match = _FOR_A_PLACE.search(chunk) or _AIRS_IN_A_PLACE.search(chunk)
    if match is None or context.is_known(match["place"]):
        return fact
    return replace(fact, confidence=HELD, doubt="no date in one territory only")
