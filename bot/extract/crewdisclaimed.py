"""Credits of a person the article says has no part in its work, for
:mod:`bot.extract.crewchecks`.

A correction or an explainer names who made the earlier runs and then says plainly that they
are not on this one: "Ada Vell directed the first season in 2022 and is not involved in the
film; Tom Reese, who directed the second, is also not part of the film's crew" (invented). A
credit for that person anywhere else in the article (the withdrawn claim the correction
repeats, "the film was being directed by Ada Vell") is not ours. So are the names a
relative denial closes: "each directed by Ada Vell or Tom Reese – neither of whom is attached to
the film" (invented).
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.names import NAME, NAME_RE
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_DENIAL = lazy_pattern(
    r"\b(?:is|are|was|were)[ ](?:also[ ])?not[ ](?:involved[ ](?:in|with)|part[ ]of|"
    r"attached[ ]to|working[ ]on)[ ](?:the|this)[ ](?:new[ ])?(?:film|series|show|sequel|"
    r"movie|production|season)(?:[’']s[ ]crew)?\b"
)
"""The clause that puts its subject outside the work ("is not involved in the film", "is also
not part of the film's crew"), never "not involved in the casting"."""
_NONE_OF_WHOM = lazy_pattern(
    rf"(?P<names>{NAME}(?:(?:,[ ]|,?[ ](?:and|or|nor)[ ]){NAME}){{0,4}})[ ]?[,–—-][ ]"
    r"(?:neither|none)[ ]of[ ]whom[ ](?:is|are|was|were|will[ ]be|has[ ]been|have[ ]been)[ ]"
    r"(?:also[ ])?(?:involved[ ](?:in|with)|part[ ]of|attached[ ]to|working[ ]on|"
    r"(?:returning|back|on[ ]board)[ ](?:for|on|to)|signed[ ](?:up[ ])?(?:for|to))[ ]"
    r"(?:the|this)[ ](?:new[ ])?(?:film|series|show|sequel|movie|production|season|remake|"
    r"reboot|adaptation|project|revival)\b"
)
"""Names, then a relative denial of them all: "A or B – neither of whom is attached to the film",
"none of whom will be involved in the remake", "neither of whom is returning for the film"."""
_SUBJECT = lazy_pattern(rf"(?P<name>{NAME})(?=[ ,])")
"""The name that opens a clause: its subject."""
_CLAUSES = lazy_pattern(r"(?<=[.;!?])\s+|\n")
_REPORTED = lazy_pattern(rf"\b(?:{SPEECH_VERBS}|that|whether|if)\b")
"""A telling or a "that" between the name and the denial: the name is the teller, and the denial
is of someone or something else ("Ada Vell said Tom Reese is not involved in the film")."""


def disclaimed_names(text: str) -> frozenset[str]:
    """The names that open a clause saying they are not part of the work."""
    names: set[str] = set()
    if " of whom " in text:
        for denied in _NONE_OF_WHOM.finditer(text):
            found = (name[0] for name in NAME_RE.finditer(denied["names"]))
            names.update(name for name in found if " " in name)
    if " not " not in text:
        return frozenset(names)
    for clause in _CLAUSES.split(text):
        denial = _DENIAL.search(clause)
        if denial is None:
            continue
        subject = _denied(clause, denial.start())
        if subject is not None and " " in subject:
            names.add(subject)
    return frozenset(names)


def _denied(clause: str, denial: int) -> str | None:
    """The name the denial at ``denial`` is told of: the clause's subject, or, when it is told by
    someone ("Ada Vell said (that) Tom Reese is not ..."), the name straight after the telling."""
    at = 0
    for told in _REPORTED.finditer(clause, 0, denial):
        at = told.end()
    subject = _SUBJECT.match(clause, at + 1 if at else 0)
    return subject["name"] if subject is not None else None


def disclaimed(fact: CrewFact, names: frozenset[str]) -> bool:
    """Whether ``fact``'s holder is one the article says has no part in the work."""
    return fact.name in names
