"""A credit denied with "not by", for :mod:`bot.extract.crewqualified`; a passive credit
denied by a "not" on its verb, for :mod:`bot.extract.crew`.

"The sequel is directed by Mara Quillon, not by the show's usual directors Fen Aldous and Ruy
Tamsin" (invented): the role noun after "not by" names who did *not* make the production, so it
credits nobody. "Directed not by the studio but by director X" still credits X: the words
between "not by" and the role noun may not carry "but" or a second "by".

"The first of the films not directed by Fen Aldous", "the score isn't composed by Ida Brenn"
(invented): the negation on the passive's own verb says the named did *not* make it, so it
credits nobody; "not only written by X" (another word between) is no denial.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_NOT_BY = lazy_pattern(
    r"\b(?:not[ ]by|rather[ ]than(?:[ ]by)?)[ ](?:the[ ])?"
    r"(?:(?!(?:but|by|and|yet)[ ])[\w’'-]+[ ]){0,3}$"
)
"""A denial just before the role noun: "not by the series' regular " (before "directors A and
B"), "rather than the original " (before "writer X")."""
_REACH = 60
"""Enough characters back for the denial and its few describing words."""


def denied(chunk: str, start: int) -> bool:
    """Whether the role noun at ``start`` follows "not by": the named did not make it."""
    return _NOT_BY.search(chunk, max(0, start - _REACH), start) is not None


_NOT_DONE = lazy_pattern(
    r"(?<![\w-])(?:not|never|no[ ]longer|(?:is|was|are|were|has|had|have)n[’']t)"
    r"[ ](?:(?:be|been|being)[ ])?$"
)
"""A negation right before a passive verb: "not ", "wasn't ", "has never been " (before
"directed by X")."""


def undone(chunk: str, verbs_at: int) -> bool:
    """Whether the passive verb at ``verbs_at`` is negated: the names after "by" did not do it."""
    return _NOT_DONE.search(chunk, max(0, verbs_at - 25), verbs_at) is not None
