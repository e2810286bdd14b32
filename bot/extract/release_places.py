"""A shoot's plan told before where it happens and then when: "Cameras are due to roll in Gdańsk
and on the Hel peninsula in February". The places between the plan's verb and the time are
read past, so the time is still the plan's; anything else between them (another verb, another
work) leaves the time unread.
"""

from __future__ import annotations

from bot.extract.release_returns import return_planned
from bot.extract.release_words import PLANNED
from bot.lazy_patterns import lazy_pattern

_QUARTER = (
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west|central"
    r"|(?:north|south|east|west)ern)[ ])?"
)
"""A part of a place written in lower case before its name ("south London", "north-east Wales")."""
_PLACE = (
    r"(?:on[ ]location[ ])?(?:(?:in|on|at)[ ]and[ ](?=around|near))?"
    r"(?:in|on|at|across|around|near|outside|off|along)[ ](?:the[ ])?"
    rf"{_QUARTER}[A-Z][\w’'.-]*(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][\w’'.-]*){{0,3}}"
    r"(?:[ ](?:peninsula|coast|island|islands|region|valley|area|mountains|highlands|countryside"
    r"|city|county|border|estuary|lakes|moors))?"
)
_BARE = rf"{_QUARTER}[A-Z][\w’'.-]*(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][\w’'.-]*){{0,3}}"
_PLACES = lazy_pattern(
    rf"[ ]{_PLACE}(?:(?:,[ ]|,?[ ]and[ ]|[ ]then[ ])(?:{_PLACE}|{_BARE}))*(?:,[ ]|[ ])"
    r"(?:(?:in|by|from|during)[ ](?:the[ ])?)?"
)
"""One place or a few ("in Gdańsk and on the Hel peninsula", "in Kent, Dover and Ramsgate"); a
place's name may hold "of" ("on the Isle of Wight", "in the Vale of York")."""
PLACES_ON = rf"{_PLACE}(?:(?:,[ ]|,?[ ](?:and|&)[ ]|[ ]then[ ])(?:{_PLACE}|{_BARE}))*[ ]on"
"""The places before a day ("in York and north Wales on"): a plan's time is still the plan's."""
_REACH = 120


def planned_over_places(chunk: str, start: int) -> bool:
    """A shoot's plan ("due to roll") followed only by places up to the time at ``start``, or
    the cast and crew due back at a place (:func:`return_planned`)."""
    return return_planned(chunk, start) or plan_over_places(chunk, start) > 0


def plan_over_places(chunk: str, start: int) -> int:
    """Where the plan's words end when only places stand between them and the time at
    ``start`` ("expected to begin| in Ballyfenn, Co. Cork, in May"), else -1: the hedge of the
    plan's own clause is the time's."""
    for plan in PLANNED.finditer(chunk, max(start - _REACH, 0), start):
        if _PLACES.fullmatch(chunk, plan.end(), start):
            return plan.end()
    return -1


_PLACE_PAIR = lazy_pattern(
    rf"\b(?:in|across)[ ](?:the[ ])?{_QUARTER}[A-Z][\w’'.-]*(?P<and>[ ]and[ ])"
    rf"(?={_QUARTER}[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*)?"
    r"(?:[ ](?:on|from|in|at|by|this|next|cinemas|theatres|theaters)\b|[,.;]|[ ]?$))"
    r"|\b(?:in|on|at|around|near)(?P<both>[ ]and[ ])"
    rf"(?=(?:around|near|about|outside|off)[ ](?:the[ ])?{_QUARTER}[A-Z])"
)
"""Two places joined ("in the UK and Ireland on ...", "across Kent and Sussex from ..."): one
place, no clause; so are two markets' cinemas ("in UK and Irish cinemas on ..."). A name after
"and" followed by a verb ("in Berlin and Netflix releases it") starts a clause. Two prepositions
joined before one place ("in and around Leeds") are one too."""


def joined_places(text: str) -> str:
    """``text`` with the "and" inside a pair of places written "&", so it splits no clause."""
    if " and " not in text:
        return text
    return _PLACE_PAIR.sub(lambda m: m.string[m.start() : m.start(m.lastgroup or 0)] + " & ", text)


def only_places(chunk: str, start: int, end: int) -> bool:
    """Nothing but places (or nothing at all) between ``start`` and ``end``."""
    return not chunk[start:end].strip() or _PLACES.fullmatch(chunk, start, end) is not None


_BARE_PLACE = lazy_pattern(rf"[ ]*{_BARE}[ ]*")


def aside_start(clauses: list[str]) -> int:
    """Where the clause a bare time leans on starts, past bare place names before it ("the
    world premiere in Soho Square, London, on 14 April"): the clause before the places, whose
    event the time dates, not the town's name alone."""
    at = len(clauses) - 2
    while at > 0 and _BARE_PLACE.fullmatch(clauses[at]):
        at -= 1
    return at
