"""Whether a verb phrase credits the name before it, for :mod:`bot.extract.crew`.

A verb after a leaving phrase is another job's: "taking over from A, who has moved on to direct
B" and "C, who left to write a novel" credit neither A nor C with the production. "X was left to
direct alone" is no leaving: it stays X's credit.

A next project told in an interview is no credit either: "there's a film with D directing",
"I've got another series with E writing" (invented examples); "The show returns, with D
directing" stays D's.
"""

from __future__ import annotations

import re

from bot.extract.crewcommonsubjects import common_subject
from bot.extract.crewconnector import adjective_at
from bot.extract.crewearlierseasons import past_run_with
from bot.extract.crewexcluded import excluded
from bot.extract.crewhelms import helm_in_past, helm_of_another
from bot.extract.crewmodifiers import earlier_runs_only
from bot.extract.crewnounruns import noun_modifier
from bot.extract.crewobjects import given_to_another
from bot.extract.crewsharedbefore import past_share
from bot.extract.lexicon import CREW_POSTS
from bot.lazy_patterns import lazy_pattern

_LEFT_FOR = lazy_pattern(
    r"(?<![ ]was)(?<![ ]is)(?<![ ]were)(?<![ ]been)[ ](?:(?:has|have|had)[ ])?"
    r"(?:(?:moved|moving|moves|gone|went|going)[ ](?:on|off|away)|left|leaving|leaves|quit|"
    r"quits|quitting|departed|departs|exited|exits|stepped[ ](?:away|down))[ ]to[ ]$"
)
"""A leaving phrase just before the verb: "who has moved on to ", "who left to "."""

_NEXT_WORK = lazy_pattern(
    r"(?:\b(?:there[’']s|there[ ]is|I[’']ve[ ]got|I[ ]have|I[’']m[ ](?:doing|making))[ ]"
    r"(?:a|an|another)|\banother)[ ](?:[a-z]+[ ]){0,2}?"
    r"(?:film|movie|play|project|series|show|feature)[ ]with[ ](?:[A-Z][\w’'-]*[ ]){0,3}$"
)
"""Someone's next work just before the names: "there's a film with ", "another play with "."""
_WORKS_POST = lazy_pattern(rf"[ ]{CREW_POSTS}\b")
"""A crew post right after the names ("the Lumen director"): see :data:`_THE_TITLE`."""
_THE_TITLE = lazy_pattern(r"\bthe[ ](?:[A-Z][\w’'-]*[ ]){0,4}$")
"""The "the" that opens names a post follows: "the Lumen director brought in to helm the film"
names a work and its maker's post (the maker is the apposed person), not a person."""
_HIS_WORK = lazy_pattern(
    r"[ ](?:is|was|marks|will[ ]be|became|becomes)[ ](?:his|her|their)[ ](?:[a-z][\w’'-]*[ ]){1,3}$"
)
"""Between the names and the verb, the names told as someone's work: "T is his first feature as
director of photography" (T is the film; "his" is its maker, named elsewhere)."""


def credited_here(chunk: str, start: int, names: re.Match[str], found: re.Match[str]) -> bool:
    """Whether the names at ``start`` hold the credit of the verb form ``found`` after them (the
    caller has ruled out a run before ours, :func:`another_runs`): no adjective or brand taken for
    a name,
    no next work just before them, no leaving phrase just before the verb, and no "at the helm"
    beside another's directing."""
    if adjective_at(chunk, start, names[0]) or common_subject(chunk, start, names, found):
        return False  # "Signs directing crew to ...": a common noun, not a name
    if noun_modifier(chunk, start, names.end()):
        return False  # "the Sky Original film adapted from": the film's brand, not a name
    if _NEXT_WORK.search(chunk, max(0, start - 60), start):
        return False
    if _WORKS_POST.match(chunk, names.end()) and _THE_TITLE.search(
        chunk, max(0, start - 60), start
    ):
        return False  # "the Lumen director brought in": a work's title, not a name
    if _HIS_WORK.match(chunk, names.end(), found.start("verb")):
        return False  # "T is her first feature as director": T is the work, not its maker
    if helm_of_another(chunk, found):
        return False  # "X is back at the helm, while Y will direct": Y's directing
    if given_to_another(chunk, names.end(), found.start("verb")):
        return False  # "X asked him to direct": his directing
    return _LEFT_FOR.search(chunk, names.end(), found.start("verb")) is None


def another_runs(chunk: str, start: int, found: re.Match[str]) -> bool:
    """Whether the verb form ``found`` credits the names at ``start`` with the runs before ours:
    "X scored the three series", "it ran for two series, with X directing" (invented), "X and Y
    shared directing duties across the three seasons", "in 2019, when X was at the helm", or
    leaves them out of it ("other than X, who directed"): still people the article names."""
    return (
        earlier_runs_only(chunk, found.end())
        or past_share(chunk, found.start(), found.end())
        or past_run_with(chunk, start)
        or excluded(chunk, start)
        or helm_in_past(chunk, start, found)
    )
