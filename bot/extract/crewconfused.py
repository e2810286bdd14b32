"""A credit on the work a page says its own is confused with, for :mod:`bot.extract.crewchecks`.

A guide or a social round-up sets its production apart from a namesake or a look-alike and
tells who made that one: "A few viewers confused it with Lumen, the 2025 Sky series adapted from
Ada Vale’s novel by Oren Pask" (invented). What follows the confusion, up to the sentence's
turn ("; ", " but "), is the other work's: its makers are not ours, even where its title shares
a word with ours.
"""

from __future__ import annotations

from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_CONFUSED_WITH = lazy_pattern(
    r"\b(?:confus(?:e|es|ed|ing)|mix(?:es|ed|ing)?[ ]up|mistak(?:e|es|ing)|mistook)"
    r"[ ](?:it|them|the[ ][a-z]+|this[ ][a-z]+|the[ ]two)?[ ]?(?:with|for)[ ]"
)
"""The confusion, up to the other work: "confused it with ", "mistook the film for "."""
_TURN = lazy_pattern(r";[ ]|[ ]but[ ]|[ ]—[ ]")


def confused_work_credit(fact: CrewFact) -> bool:
    """Whether ``fact``'s name stands after "confused it with" in its sentence, before a turn."""
    evidence = fact.evidence
    if "confus" not in evidence and "mix" not in evidence and "mist" not in evidence:
        return False
    cue = _CONFUSED_WITH.search(evidence)
    if cue is None:
        return False
    turn = _TURN.search(evidence, cue.end())
    end = turn.start() if turn is not None else len(evidence)
    return fact.name in evidence[cue.end() : end]
