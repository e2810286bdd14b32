"""A part told by "is", a description and the part's name, for :mod:`bot.extract.castasides`.

In a run of castings ("Tom Reed plays her nephew Kit, and Ada Vale is the local sergeant, DS
Mira Holt.") the "is" names a part as "plays" does: a description, a comma, the name. Only
after a "plays" in the same sentence, and never after a crew or role noun, an office or
someone's real-life entourage ("X is the show's director, Y", "X is his agent, Y" name a
person, not a part).
"""

from __future__ import annotations

import re

from bot.extract.castforms import CHAR, ORIGIN
from bot.extract.lexicon import OFFICE_TITLES, ROLE_NOUN
from bot.extract.names import FULL_NAME
from bot.lazy_patterns import lazy_pattern

_NOT_PARTS = "|".join(
    (ROLE_NOUN, *sorted(title.lower() for title in OFFICE_TITLES), "agent", "publicist", "lawyer")
)
"""Nouns that describe a real person's job, never a part: role nouns, offices, an entourage."""
IS_DESCRIBED = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ]is[ ](?:the|a|an|his|her|their)[ ](?:{ORIGIN}[ ])?"
    rf"(?:[a-z][\w-]*(?:[’']s)?[ ]){{0,2}}(?!(?:{_NOT_PARTS}),)[a-z][\w-]*,[ ](?P<char>{CHAR})"
    r"(?=[,;]|[.!]?$)"
)
"""The actor, "is", a description of up to three words, a comma, then the part's name; the
description may open on a nationality or an owner ("is the English land agent, Ashby", "is the
crew's cook, Mira")."""
_WORD = (
    r"(?!(?:by|as|played|voiced|portrayed|cast|back|for|from|to|with|in|on|at|of|about|into|"
    r"like|than|after|before|opposite|alongside|also|now|still|best|well|set|known|due|join|"
    r"joining|starring|returning|reuniting|working|recovering|married|engaged|dating)\b)"
    r"[a-z][\w-]*"
)
"""A describing word, not the verb or preposition of another form ("is played by"), nor of a
sentence on the actor's career ("is best known for Glass Hour", "is set to join Glass Hour")."""
_IS_NAMED = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ]is[ ](?:(?:the|a|an|his|her|their)[ ])?(?:{_WORD}[ ]){{0,2}}"
    rf"(?!(?:{_NOT_PARTS})[ ]){_WORD}[ ](?P<char>{CHAR})(?=[,;]|[.!]?$)"
)
"""The same with no comma, the part a full name: "Ada Vale is forensic pathologist Dr Mira
Holt" (a name alone after the description may be its head: "is the ferry's captain Tom")."""
_PLAYS_BEFORE = lazy_pattern(r"\b(?:plays|stars[ ]as|portrays)[ ]")


def described_runs(chunk: str) -> list[re.Match[str]]:
    """The "X is the local sergeant, Mira Holt" and "X is pathologist Dr Mira Holt" castings
    of ``chunk`` that follow a "plays"."""
    if " is " not in chunk or ", " not in chunk:
        return []
    named = [m for m in _IS_NAMED.finditer(chunk) if " " in m["char"]]
    return [
        match
        for match in [*IS_DESCRIBED.finditer(chunk), *named]
        if _PLAYS_BEFORE.search(chunk, 0, match.start()) is not None
    ]
