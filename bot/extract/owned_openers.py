"""The person a sentence opens on by a thing of theirs: "Vey's path to the part was less
straightforward. She joined ...: “...,” she remembers." The path, career or casting is no one
who speaks, so a "he" or "she" after it is its owner, the paragraph's subject, not someone
quoted earlier."""

from __future__ import annotations

from bot.extract.lexicon import CAPITALISED_ROLE_NOUN
from bot.extract.names import NAME
from bot.extract.people import People
from bot.lazy_patterns import lazy_pattern

_THINGS = (
    r"(?:path|route|road|journey|career|story|start|beginnings?|arrival|casting|audition|"
    r"break|breakthrough|debut|rise|background|history|experience|introduction|entry|way|"
    r"first[ ]day|first[ ]week|time|"
    r"(?:(?:next|new|latest|last|earlier|previous)[ ])?(?:job|project|work|film|score|book|novel|"
    r"album|script|screenplay|music|credits|filmography|plans?))"
)
"""Things of theirs; a piece of work ("X's next job", "X's score") is no one who speaks either."""
_OWNED_OPENER = lazy_pattern(
    rf"[ “”\"‘’']*(?:{CAPITALISED_ROLE_NOUN}[ ])?(?P<owner>{NAME})[’']s[ ]"
    rf"(?:(?:own|early|first)[ ])?{_THINGS}\b"
)  # a role may open the sentence before the name: "Composer Ada Vale's score"
_PERSONAL = frozenset({"he", "she"})
_CLEFT_OPENER = lazy_pattern(
    rf"[ “”\"‘’']*It[ ](?:is|was|has[ ]been|had[ ]been)[ ](?P<owner>{NAME})[’']s[ ][a-z]"
)
"""A sentence that says what a thing of theirs is ("It is Vey's first role at home in years."):
it is about its owner, whatever the thing."""


def owned_opener(people: People, chunk: str, pronoun: str) -> str | None:
    """The known person whose path, career or casting ``chunk`` (a sentence) opens on, when
    ``pronoun`` is "he" or "she" and so cannot be that thing."""
    if pronoun not in _PERSONAL or ("’s " not in chunk and "'s " not in chunk):
        return None
    opener = _OWNED_OPENER.match(chunk) or _CLEFT_OPENER.match(chunk)
    if opener is None:
        return None
    person = people.resolve(opener["owner"], first_name=True)
    return person if person is not None and people.knows(person) else None
