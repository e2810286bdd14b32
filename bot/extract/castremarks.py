"""A bracketed pair with a remark after the inner name, for :mod:`bot.extract.cast`: "Juno
(Edda Marlowe, never better)" or "Abner (Tobias Hale, a gangly delight)", as reviews write
them. The remark is lower-case words only; one naming a job, a relation, a work or a number
("Netflix (Ada Vale, its head of film)", "(Ada Vale, her mother)") is no part's bracket."""

from __future__ import annotations

import re

from bot.extract.castforms import CHAR, Casting
from bot.extract.lexicon import OFFICE_TITLES
from bot.extract.names import FULL_NAME
from bot.lazy_patterns import lazy_pattern

_REMARKED = lazy_pattern(
    rf"(?P<char>{CHAR})[ ]\((?![A-Z]{{2,}}\))(?P<actor>{FULL_NAME}),[ ]"
    r"(?P<remark>[a-z][a-z’' ,-]{0,80})\)"
)
_NOT_REMARKS = frozenset(t.lower() for t in OFFICE_TITLES) | frozenset(
    """
    writer author novelist screenwriter creator showrunner composer cinematographer designer
    agent manager publicist boss founder owner ceo executive spokesperson representative rep
    mother father mum dad son daughter wife husband partner sister brother aunt uncle cousin
    niece nephew grandmother grandfather fiancée fiancé girlfriend boyfriend friend
    who whose which director producer editor aged
    """.split()  # noqa: SIM905
)
_CREDIT_BEFORE = lazy_pattern(
    r"\b(?:by|director|writer|creator|producer|composer|editor|cinematographer)[ ]$"
)
_PLACE_BEFORE = lazy_pattern(r"\b(?:from|near|outside)[ ]$")
"""A place's preposition before the bracketed name: "an inspector from Dorrow (Ada Vale,
wasted)" is the inspector's town, no part's name; such a pair is held, its bracketed actor still
a person. Not "of", "at" or "in", which lead to a part as often ("the story of Nim (Ada Vale,
superb)", "stares at Nim (...)")."""


def remarked_brackets(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Every "Part (Actor, remark)" in the sentence, its sides settled as a bracket's are."""
    if ", " not in chunk or "(" not in chunk:
        return []
    found: list[Casting] = []
    for match in _REMARKED.finditer(chunk):
        words = set(re.split(r"[ ,]+", match["remark"].replace("’s", "").replace("'s", "")))
        if words & _NOT_REMARKS or _CREDIT_BEFORE.search(chunk, 0, match.start()):
            continue
        start, end = offset + match.start(), offset + match.end()
        placed = _PLACE_BEFORE.search(chunk, 0, match.start()) is not None
        found.append(Casting(match["actor"], match["char"], evidence, start, flexible=not placed,
                             end=end, outer=match["char"], unsure=placed))  # fmt: skip
    return found
