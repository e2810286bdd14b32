""" "Written by" of a piece of music is no writer's credit: "The closing song was written by A",
"the main theme, written by B, ..." and "It was written by C, the film's composer" (a pronoun
subject with the name apposed as the composer) credit the music, not the script (invented
examples). The composer credit, where the sentence gives one, is found on its own."""

from __future__ import annotations

from bot.facts import CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_WRITTEN_BY = r"(?:(?:is|was|are|were|has[ ]been|had[ ]been)[ ])?(?:co-)?written[ ]by[ ]$"
_MUSIC_SUBJECT = lazy_pattern(
    r"\b(?:theme|song|tune|melody|cue|track|lullaby|ballad|anthem|score|soundtrack)s?"
    r"(?:[ ](?:tune|song|music))?,?[ ](?:[a-z][\w’'-]*[ ]){0,2}" + _WRITTEN_BY
)
"""A music noun just before the participle: "The song was written by", "the theme, written by"."""
_PRONOUN_SUBJECT = lazy_pattern(
    r"(?:^|[.;:]\s+|,[ ]and[ ])(?:[Ii]t|[Tt]his(?:[ ]one)?|[Tt]hat(?:[ ]one)?)[ ]" + _WRITTEN_BY
)
_COMPOSER_APPOSED = lazy_pattern(
    r",[ ](?:the|its|their)[ ](?:(?:film|show|series|movie|drama)(?:[’']s|[’'])[ ])?"
    r"(?:[a-z-]+[ ])?composer\b"
)
"""The name apposed as the composer: ", the film's composer", ", its long-time composer"."""


def music_written(fact: CrewFact) -> bool:
    """Whether the writer credit is a "written by" of a piece of music."""
    if fact.role is not CrewRole.WRITER or "written by" not in fact.evidence:
        return False
    at = fact.evidence.find(fact.name)
    while at >= 0:
        end = at + len(fact.name)
        before = fact.evidence[max(at - 60, 0) : at]
        if _MUSIC_SUBJECT.search(before):
            return True
        if _PRONOUN_SUBJECT.search(fact.evidence, 0, at) and _COMPOSER_APPOSED.match(
            fact.evidence, end
        ):
            return True
        at = fact.evidence.find(fact.name, end)
    return False
