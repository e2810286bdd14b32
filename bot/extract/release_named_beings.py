"""A name given to a person, an animal or a thing on set is not the work's title: "The dog, for the
record, is called Pipkin", "The man who runs the ferry is named Oisin", "Her character is called
Quillan", "She says the main theme is called Fen Song" (a piece of the score), "he tells us the
cast's group chat is called Tin Gang"; so is a name for a part of something else, set off after
a dash or not: "the episode is titled Tern Weather", "Its second chapter is called Low Tide".
The title cue ("is called", "is titled") is read only where its subject is not such a noun;
"The film is called Tin Orchard" and "The series will be titled Tin Orchard" still are. A
sentence's bare subject ("The ferret is called Bramble") is such a noun unless it is a work's
kind: the list of beings and things can never be whole, the list of work nouns can."""

from __future__ import annotations

import re

from bot.extract.work_kinds import WORK_KIND_WORDS
from bot.lazy_patterns import lazy_pattern

_BEINGS = (
    r"(?:man|woman|men|women|boy|girl|lad|lass|bloke|guy|baby|child|kid|son|daughter|dog|cat|"
    r"puppy|pup|horse|pony|donkey|goat|sheep|parrot|bird|cow|pig|pet|mascot|character|role|part|"
    r"boat|pub|café|cafe|shop|account|band|song|track|theme|tune|anthem|score|dish|cocktail|sandwich|"
    r"episode|chapter|album|podcast|segment|instalment|installment|chat|playlist|nickname)"
)
_SUBJECT = lazy_pattern(
    r"(?:(?<![^\n])|(?<=[.!?,:–—][ ])|(?<=[.!?][”\"’][ ])|(?<=[ ]that[ ])"
    r"|(?<=[ ]says[ ])|(?<=[ ]said[ ])|(?<=[ ]told[ ]us[ ])|(?<=[ ]told[ ]me[ ])"
    r"|(?<=[ ]tells[ ]us[ ])|(?<=[ ]tells[ ]me[ ]))"
    rf"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Aa]n?|[A-Z][\w-]*[’']s)[ ]"
    rf"(?:[\w’'-]+[ ]){{0,2}}"
    rf"{_BEINGS}(?:[ ](?:who|that|which)[ ][^,.;:]{{1,50}}|,[^,.;:]{{1,40}},)?[ ]$"
)
"""The cue's subject, opening its sentence or clause: a being's or a thing's noun, perhaps with a
short clause or an aside after it ("The man who runs the ferry", "The dog, for the record,"), or
after a saying verb ("She says the main theme is called ...", "he told us the main theme is ...").
An owner's name may stand for the article ("Tonight's episode is called ...", "Sunday's
episode ..."). A being told inside the subject is not it: "The film about a boy and his dog is
called X"."""
_NAMING = lazy_pattern(r"(?:is|was)[ ](?:called|named|titled|entitled)[ ]")
_WORK_NOUNS = frozenset(
    (*WORK_KIND_WORDS, "finale", "feature", "project", "production", "programme", "special")
)
"""The nouns a work is told by: "The film is called X" names the work; no other noun does."""
_BARE_SUBJECT = lazy_pattern(
    r"(?:(?<![^\n])|(?<=[.!?,:][ ])|(?<=[.!?][”\"’][ ]))[Tt]he[ ](?P<noun>[a-z]+)[ ]$"
)
"""A sentence opening on "The" and one lowercase noun, right before the cue: "The alpaca is
called ...", "The van is named ...": the noun is what is named."""


def names_a_being(text: str, match: re.Match[str]) -> bool:
    """Whether the title cue at ``match`` names a person, an animal or a thing, not the work."""
    if _NAMING.match(text, match.start()) is None:
        return False
    bare = _BARE_SUBJECT.search(text, max(match.start() - 30, 0), match.start())
    if bare is not None and bare["noun"] not in _WORK_NOUNS:
        return True  # "The alpaca is called Keith": any noun but a work's names a being
    return _SUBJECT.search(text, max(match.start() - 90, 0), match.start()) is not None
