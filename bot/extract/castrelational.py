"""A part named after a description of someone else, for :mod:`bot.extract.castelsewhere`.

"Ada Vale plays the mother of the missing boy, Tom Reed": the name after the comma may be the
part (the mother) or the one the description relates her to (the boy). The line does not say
which, so such a casting is held; "plays the ferry's captain, Tom Reed" (no "of") stays, and
so does "plays the mayor of Dorrow, Marta Holub" when the article tells Dorrow as a place
("filmed near Dorrow", "the village of Dorrow"): a place is no one the name could be.
"""

from __future__ import annotations

import re

from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

_SLOTS = (" as ", " plays ", " playing ", " portrays ", " portraying ", " play ")
_DETERMINERS = ("the ", "a ", "an ", "that ", "his ", "her ", "their ")
_REACH = 90
_DOUBT = "the part's name follows a description of someone else"


_OF_PROPER = lazy_pattern(r"[ ]of[ ](?P<place>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)$")
_PLACE_CUES = r"(?:in|at|near|outside|around|village[ ]of|town[ ]of|city[ ]of|hamlet[ ]of)"


def held_relational(cast: list[CastFact], text: str) -> list[CastFact]:
    """``cast`` with castings named after "the mother of ..., Name" held (``text``: the
    article, which may tell the word after "of" as a place)."""
    return [
        held(fact, _DOUBT) if " of " in fact.evidence and _relational(fact, text) else fact
        for fact in cast
    ]


def _relational(fact: CastFact, article: str) -> bool:
    text = fact.evidence
    at = text.find(f", {fact.character}")
    if at < 0:
        return False
    lead = text[max(0, at - _REACH) : at]
    slot = max(lead.rfind(s) + len(s) if s in lead else -1 for s in _SLOTS)
    if slot < 0:
        return False
    description = lead[slot:]
    if not description.startswith(_DETERMINERS) or " of " not in f" {description} ":
        return False
    proper = _OF_PROPER.search(description)
    return proper is None or not a_place(proper["place"], article)


def a_place(word: str, text: str) -> bool:
    """Whether the article tells ``word`` as a place: "near Dorrow", "In Dorrow, ...", "the village
    of Dorrow"; not "at Dorrow's house" (a person's)."""
    cue = rf"\b(?i:{_PLACE_CUES})[ ]{re.escape(word)}\b(?![’']s\b)"
    return re.search(cue, text) is not None
