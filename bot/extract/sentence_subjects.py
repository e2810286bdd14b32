"""Who the sentence before a quotation is about, for :mod:`bot.extract.quote_facts`: its last clause
subject. A name there the article cannot place ("Virtanen shot the film on 35mm, and Vale says
the grain mattered.", with two Vales named) is still who the sentence ends on, so the quote
after it is no one's, never an earlier subject's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.pronoun_subjects import paired
from bot.extract.run_on_sayers import run_on_sayer
from bot.extract.speaker_reach import item_subjects
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker
    from bot.extract.text import Span


def nearest_subject(resolver: Resolver, chunk: str, sentence: Span) -> Speaker | None:
    """The person (or unnamed someone) ``sentence``, whose text is ``chunk``, is last about;
    inside a quotation left open, whoever says it (:mod:`bot.extract.run_on_sayers`)."""
    offset = sentence.start
    run_on, sayer = run_on_sayer(resolver, sentence)
    if run_on:
        return sayer
    subjects = item_subjects(chunk)
    if subjects:
        at, raw = subjects[-1]
        named = resolver.who(raw, offset + at, "")  # first: it notes a new name as a person
        if paired(chunk, at, raw):  # "Ada Vale and Tom Reed had ...": one of two, never Reed
            return None
        if named is None and resolver.unknown_name(raw):
            return None
    return resolver.subject(chunk, offset, people_only=True)


_PRONOUN_COUNTED = lazy_pattern(
    r"[ “\"‘']*(?P<who>He|She)[ ](?:(?:also|once|later|then|had|has)[ ])?"
    r"(?:saw|watched|read|auditioned|met|interviewed|heard)[ ]$"
)
"""A sentence a "he" or "she" opens, seeing or meeting what the marked words count ("She saw
“six hundred tapes”"): the count is the pronoun's own. No other verb: after one the words may be
a title, words denied or a passive's ("She is best known for “...”", "She denied it was “...”",
"He was accused of being “...”"), never surely the pronoun's."""
_COUNT = lazy_pattern(
    r"(?:(?:something[ ]like|close[ ]to|nearly|almost|around|about|more[ ]than|over|roughly"
    r"|some)[ ])?"
    r"(?:\d|hundreds?\b|thousands?\b|dozens?\b|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"
)
"""Marked words that open on a count ("nearly four hundred auditions", "600 self-tapes")."""


def own_pronoun(resolver: Resolver, pre: str, offset: int, text: str) -> Speaker | None:
    """Who the "he" or "she" opening ``pre`` (the quote's own sentence up to it, at ``offset``)
    stands for, when the quote's ``text`` is a count of what they saw or met; else None."""
    opens = _PRONOUN_COUNTED.match(pre) if _COUNT.match(text) else None
    if opens is None:
        return None
    return resolver.who(opens["who"], offset + opens.start("who"), "")
