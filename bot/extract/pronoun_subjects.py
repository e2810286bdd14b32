"""The clause subjects a "she says" may stand for, in a sentence before it.

Two kinds of named subject are never the pronoun's person:

- a name in a list's aside ("The show made stars of its cast, Ada Vale and Tom Reed chief among
  them, but ..."): the aside names them in passing, it is not what the sentence is about;
- a subject whose own clause speaks of the pronoun's person as someone else ("Her co-star Tom
  Reed describes her as ...", "Ada Vale calls him ..."): "she" is the one described, not the
  describer.
"""

from __future__ import annotations

import re

from bot.extract.apposed_works import apposed_subjects
from bot.extract.descriptions import unlabelled

_ASIDE = re.compile(r"[ ]+(?:[a-z]+[ ]){0,2}among[ ](?:them|others)\b")
_OBJECT = {
    "she": re.compile(r"\b[a-z]+(?:s|ed)[ ]her(?=[ ](?:as|to)\b|[ ]*[.,;:“\"‘])"),
    "he": re.compile(r"\b[a-z]+(?:s|ed)[ ]him\b(?!self)"),
}


def pronoun_subjects(chunk: str, pronoun: str) -> list[tuple[int, str]]:
    """The subjects of ``chunk`` (last first) that ``pronoun`` may stand for."""
    apposed = apposed_subjects(chunk, pronoun)
    if apposed:
        return apposed
    found = list(reversed(unlabelled(chunk)))
    aside = [(at, raw) for at, raw in found if _ASIDE.match(chunk, at + len(raw)) is None]
    described = _OBJECT.get(pronoun)
    if described is None:
        return aside
    return [(at, raw) for at, raw in aside if described.search(_clause(chunk, at)) is None]


def _clause(chunk: str, at: int) -> str:
    """The text from a subject to the end of its clause (the next full stop or semicolon)."""
    end = re.search(r"[.;!?](?:[ ]|$)", chunk[at:])
    return chunk[at : at + end.start() + 1] if end else chunk[at:]
