"""A window told only as a supposition: "so even a spring 2027 slot would make this the longest
wait yet", "a summer release would mean a two-year gap". The window is the subject of "would":
the writer weighs what it would mean, and reports no plan for it, so it is held. A window that
someone says the film would get ("the studio said it would open in May") is no such subject."""

from __future__ import annotations

import calendar
import re

from bot.extract.lexicon import MONTH_PATTERN, SEASON_NAME
from bot.extract.names import NAME
from bot.extract.release_possibilities import TIME_NAMED
from bot.facts import ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_SUPPOSED = lazy_pattern(
    rf"\b(?:a|an)[ ](?:(?:early|mid|late|mid-)[ -]?)?(?:{MONTH_PATTERN}|{SEASON_NAME}|\d{{4}})"
    r"(?:[ ]\d{4})?[ ](?:slot|release|date|bow|debut|premiere|launch|arrival|"
    r"return)[ ](?:would|could|might)[ ](?!not\b)\w+",
    re.IGNORECASE,
)
"""A window as the subject of a supposition: "a spring 2027 slot would make", "an autumn
release could mean"."""
_FOREGONE = lazy_pattern(
    r"\b(?:[Bb]y|[Ff]or|[Ii]n)[ ](?:not|never)[ ]"
    r"(?:releasing|premiering|launching|dropping|putting)(?:[ ]out)?[ ]"
    rf"(?:it|them|the[ ](?:film|movie|series|show|finale)|{NAME})[ ](?:out[ ])?"
    r"(?:on|in)[ ](?P<when>[^.;:!?]{1,30})"
)
"""A day the makers passed over, told as a missed chance: "missed a trick by not releasing it on
22 April", "by not putting Lumen out in the spring"; the day is not the release."""
_WINDOWED = frozenset({ReleaseKind.WINDOW, ReleaseKind.PREMIERE_DATE})


def supposed_only(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Hold a served window whose sentence only supposes it ("a May slot would make ..."), and a
    day or window told as passed over ("by not releasing it on 22 April")."""
    return [
        held(fact, "only supposed")
        if fact.kind in _WINDOWED
        and fact.served
        and fact.window
        and not fact.hedged  # "would fit the pattern, though that is our guess": a guess
        and _supposes(fact.evidence, fact.window)
        else held(fact, "a day passed over")
        if fact.kind in _WINDOWED and fact.served and _foregone(fact)
        else fact
        for fact in facts
    ]


def _supposes(evidence: str, window: str) -> bool:
    """The supposition is the window's own: its year, or the sentence's only time."""
    match = _SUPPOSED.search(evidence)
    if match is None:
        return False
    if window[:4] in match.group():
        return True
    return not any(ch.isdigit() for ch in match.group()) and len(TIME_NAMED.findall(evidence)) == 1


def _foregone(fact: ReleaseFact) -> bool:
    """The fact's day or window is the one the sentence says the film was not released on: its
    month, its year, or, for a season's months, the season's name ("not releasing it in April",
    "... in the spring")."""
    if fact.date is not None:
        told = [calendar.month_name[fact.date.month], str(fact.date.day)]
    elif fact.window:
        parts = fact.window.split("/")
        told = [calendar.month_name[int(p[5:7])] for p in parts if len(p) == 7][:1]
        told = told or [fact.window[:4]]  # a year's window: "not releasing it in 2026"
    else:
        return False
    for match in _FOREGONE.finditer(fact.evidence):
        if all(word in match["when"] for word in told):
            return True
        if fact.window and "/" in fact.window and _SEASON.search(match["when"]) is not None:
            return True
    return False


_SEASON = lazy_pattern(rf"\b{SEASON_NAME}\b", re.IGNORECASE)
