"""Credits of one earlier run told by its number, when the article gives the post to another.

A film or a new run of a show looks back at who made each earlier one: "The first series of
Quillhaven, based on the comic, was directed by Ada Vale" or "The second season, released in
2021, was written by Tom Reese", or the show "which began on Channel 9 in 2019 under director
Ada Vale" (all invented). A single numbered run may be the article's own ("The first series,
which arrives in May, is directed by Ada Vale"), so the credit is dropped only when the same
article gives the same post to someone else in a sentence that names no such run: then the
numbered run is another instalment, and its holder is not ours. The credit may also stand in
apposition to the run: "The first series of Quillhaven, directed by Ada Vale, aired in 2019".
"""

from __future__ import annotations

from bot.extract.cues import word_led
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import COUNT_WORD, ORDINAL_WORD
from bot.extract.names import NAME
from bot.facts import CrewFact

_CREDITED = r"(?:co-)?(?:directed|written|penned|scripted|scored|shot|edited|produced|created)"
_NAMES = rf"(?P<names>{NAME}(?:,?[ ]and[ ]{NAME})?)"
_OWNER = r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,3}[’']s"
"""The show that owns the run, told as a possessive instead of "the": "Quillhaven’s second
series, released in 2021, was directed by X" (invented)."""
_RUN_BY_COUNT = rf"(?:[Ss]eason|[Ss]eries)[ ](?:one|{COUNT_WORD})\b"
"""A run told by its number after the noun: "Season three", "Series 2" (invented)."""
_RUN_BY_ORDINAL = rf"(?:[Tt]he|{_OWNER})[ ](?:{ORDINAL_WORD}|opening)[ ](?:series|season|run)\b"
_NUMBERED_RUN = lazy_pattern(
    rf"(?:^|(?<=[;:][ ]))(?:{_RUN_BY_ORDINAL}|{_RUN_BY_COUNT})"
    rf"(?P<between>[^;:.]{{0,90}}?)[ ](?:was|had[ ]been)[ ]{_CREDITED}[ ]by[ ]{_NAMES}"
)
"""A numbered run as the sentence's subject, with its passive credit: "The third season,
released in 2022, was directed by X" or "Quillhaven’s third season ..." (invented)."""
_NUMBERED_RUN_APPOSED = lazy_pattern(
    rf"\b(?:[Tt]he|{_OWNER})[ ](?:{ORDINAL_WORD}|opening)[ ](?:series|season|run)"
    rf"(?:[ ]of[ ]{NAME})?,[ ]{_CREDITED}[ ]by[ ]{_NAMES},"
)
"""A numbered run with its credit in apposition: "The first series of Quillhaven, directed by
X, aired in 2019" (invented); the closing comma keeps the credit the run's own."""
_WORD_END = lazy_pattern(r"(?![\w’'-])")
"""Where a word ends: no letter, apostrophe or hyphen after it."""
_NEW_SUBJECT = lazy_pattern(r"\b(?:and|but|while|whereas)[ ]|\b(?:is|are|will)[ ]")
"""Words between the run and its credit that start another clause or tell the run as still to
come ("The first series is out and the film was directed by X"): not the run's credit."""
_BEGAN_UNDER = lazy_pattern(
    r"\b[Tt]he[ ](?:series|show),?[ ](?:which|that)[ ](?:began|started|launched|debuted|"
    rf"premiered)\b[^;:.]{{0,60}}?[ ]under[ ](?:director|showrunner|writer)[ ]{_NAMES}"
)
"""The show's start, past, with its holder: "The series, which began on Channel 9 in 2019 under
director X, ..." (a film of the show is the article's work)."""


def numbered_runs_dropped(crew: list[CrewFact]) -> list[CrewFact]:
    """``crew`` without a numbered earlier run's holders of a post the article gives another."""
    flagged = [(fact, _run_credit(fact)) for fact in crew]
    if not any(run for _, run in flagged):
        return crew
    ours = [fact for fact, run in flagged if not run]
    return [
        fact
        for fact, run in flagged
        if not run or not any(other.role is fact.role and other.name != fact.name for other in ours)
    ]


def _run_credit(fact: CrewFact) -> bool:
    """Whether ``fact`` credits a numbered run or the show's past start, not the article."""
    for found in _NUMBERED_RUN.finditer(fact.evidence):
        if _NEW_SUBJECT.search(found["between"]) is None and _named_in(fact.name, found["names"]):
            return True
    for found in _NUMBERED_RUN_APPOSED.finditer(fact.evidence):
        if _named_in(fact.name, found["names"]):
            return True
    began = _BEGAN_UNDER.search(fact.evidence)
    return began is not None and _named_in(fact.name, began["names"])


def _named_in(name: str, names: str) -> bool:
    """Whether ``name`` is one of ``names`` as whole words ("Ada Vale" is not in "Ada Valens")."""
    return next(word_led(name, names, _WORD_END), None) is not None
