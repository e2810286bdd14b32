"""A window told only as a supposition: "so even a spring 2027 slot would make this the longest
wait yet", "a summer release would mean a two-year gap". The window is the subject of "would":
the writer weighs what it would mean, and reports no plan for it, so it is held. A window that
someone says the film would get ("the studio said it would open in May") is no such subject."""

from __future__ import annotations

import re

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import MONTH_PATTERN, SEASON_NAME
from bot.extract.release_possibilities import TIME_NAMED
from bot.facts import ReleaseFact, ReleaseKind, held

_SUPPOSED = lazy_pattern(
    rf"\b(?:a|an)[ ](?:(?:early|mid|late|mid-)[ -]?)?(?:{MONTH_PATTERN}|{SEASON_NAME}|\d{{4}})"
    r"(?:[ ]\d{4})?[ ](?:slot|release|date|bow|debut|premiere|launch|arrival|"
    r"return)[ ](?:would|could|might)[ ](?!not\b)\w+",
    re.IGNORECASE,
)
"""A window as the subject of a supposition: "a spring 2027 slot would make", "an autumn
release could mean"."""
_FOREGONE = lazy_pattern(
    r"\b(?:by|for|in)[ ](?:not|never)[ ](?:releasing|premiering|launching|dropping|putting[ ]out)"
    r"[ ](?:it|them|the[ ](?:film|movie|series|show|finale))[ ](?:out[ ])?(?:on|in)[ ]"
    r"(?P<when>[^.;:!?]{1,30})"
)
"""A day the makers passed over, told as a missed chance: "missed a trick by not releasing it on
22 April"; the day is not the release."""
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
    """The fact's day or window is the one the sentence says the film was not released on."""
    if fact.date is not None:
        told = fact.date.strftime("%B")
    elif fact.window is not None:
        told = fact.window[:4]
    else:
        return False
    return any(told in match["when"] for match in _FOREGONE.finditer(fact.evidence))
