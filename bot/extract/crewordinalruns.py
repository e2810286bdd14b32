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

import re

from bot.extract.cues import word_led
from bot.extract.lexicon import COUNT_WORD, ORDINAL_WORD
from bot.extract.names import NAME
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_CREDITED = r"(?:co-)?(?:directed|written|penned|scripted|scored|shot|edited|produced|created)"
_NAMES = rf"(?P<names>{NAME}(?:,?[ ]and[ ]{NAME})?)"
_WHICH_NAMES = rf"(?P<which_names>{NAME}(?:,?[ ]and[ ]{NAME})?)"
"""The same names in the relative-clause branch: "the first season, which was directed by X"."""
_OWNER = r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,3}[’']s"
"""The show that owns the run, told as a possessive instead of "the": "Quillhaven’s second
series, released in 2021, was directed by X" (invented)."""
_RUN_BY_COUNT = rf"(?:[Ss]eason|[Ss]eries)[ ](?:one|{COUNT_WORD})\b"
"""A run told by its number after the noun: "Season three", "Series 2" (invented)."""
_RUN_BY_ORDINAL = (
    rf"(?:[Tt]he|{_OWNER})[ ](?:{ORDINAL_WORD}|opening)"
    rf"[ ](?:series|season|run|{COUNT_WORD}(?:[ ](?:series|seasons|runs)\b|(?=[ ]were\b|,)))\b"
)
"""A run told by its rank, or the first few runs told by a count after the rank, the noun left
to the sentence before: "The second series", "The first two were directed by X" (invented);
never another noun after the count ("The first two episodes were directed by X" is ours)."""
_GAPPED = rf"(?:,?[ ]and[ ](?:the[ ])?(?:{ORDINAL_WORD}|last|latest)[ ]by[ ](?P<gapped>{NAME}))?"
"""A second run's holder with the credit's verb left out: "... by X and the third by Y"."""
_NUMBERED_RUN = lazy_pattern(
    rf"(?:^|(?<=[;:][ ]))(?:{_RUN_BY_ORDINAL}|{_RUN_BY_COUNT})"
    rf"(?P<between>[^;:.]{{0,90}}?)[ ](?:was|were|had[ ]been)[ ]{_CREDITED}[ ]by[ ]{_NAMES}"
    rf"{_GAPPED}"
)
"""A numbered run as the sentence's subject, with its passive credit: "The third season,
released in 2022, was directed by X" or "Quillhaven’s third season ..." (invented)."""
_NUMBERED_RUN_APPOSED = lazy_pattern(
    rf"\b(?:[Tt]he|{_OWNER})[ ](?:{ORDINAL_WORD}|opening)[ ](?:series|season|run)"
    rf"(?:[ ]of[ ]{NAME})?,[ ](?:{_CREDITED}[ ]by[ ]{_NAMES},|which[ ](?:was|had[ ]been)[ ]"
    rf"{_CREDITED}[ ]by[ ]{_WHICH_NAMES}(?=[,.;]|[ ]and[ ][a-z]))"
)
"""A numbered run with its credit in apposition: "The first series of Quillhaven, directed by
X, aired in 2019" or "the first season, which was directed by X and aired in 2019" (invented);
the closing comma, or the relative clause, keeps the credit the run's own."""
_WORD_END = lazy_pattern(r"(?![\w’'-])")
"""Where a word ends: no letter, apostrophe or hyphen after it."""
_NEW_SUBJECT = lazy_pattern(r"\b(?:and|but|while|whereas)[ ]|\b(?:is|are|will)[ ]")
"""Words between the run and its credit that start another clause or tell the run as still to
come ("The first series is out and the film was directed by X"): not the run's credit."""
_BEGAN_UNDER = lazy_pattern(
    r"\b[Tt]he[ ](?:series|show),?[ ](?:which|that)[ ](?:began|started|launched|debuted|"
    rf"premiered|(?:had[ ]been|was|were)[ ](?:shot|made|filmed))\b[^;:.]{{0,60}}?[ ]under[ ]"
    rf"(?:directors?|showrunners?|writers?)[ ]{_NAMES}"
)
"""The show's start or its making, past, with its holders: "The series, which began on Channel 9
in 2019 under director X, ..." or "the series, which had been (was) shot under directors X and
Y" (a film of the show is the article's work)."""


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
        if _NEW_SUBJECT.search(found["between"]) is None and _held_in(fact.name, found, "gapped"):
            return True
    for found in _NUMBERED_RUN_APPOSED.finditer(fact.evidence):
        if _held_in(fact.name, found, "which_names"):
            return True
    began = _BEGAN_UNDER.search(fact.evidence)
    return began is not None and _named_in(fact.name, began["names"])


def _held_in(name: str, found: re.Match[str], other: str) -> bool:
    """Whether ``name`` is among the run's holders, in the ``names`` group or the ``other`` one."""
    return any(_named_in(name, names) for names in found.group("names", other) if names)


def _named_in(name: str, names: str) -> bool:
    """Whether ``name`` is one of ``names`` as whole words ("Ada Vale" is not in "Ada Valens")."""
    return next(word_led(name, names, _WORD_END), None) is not None
