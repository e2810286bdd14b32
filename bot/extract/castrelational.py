"""A part named after a description of someone else, for :mod:`bot.extract.castelsewhere`.

"Ada Vale plays the mother of the missing boy, Tom Reed": the name after the comma may be the
part (the mother) or the one the description relates her to (the boy). The line does not say
which, so such a casting is held; "plays the ferry's captain, Tom Reed" (no "of") stays.
"""

from __future__ import annotations

from bot.facts import CastFact, held

_SLOTS = (" as ", " plays ", " playing ", " portrays ", " portraying ", " play ")
_DETERMINERS = ("the ", "a ", "an ", "that ", "his ", "her ", "their ")
_REACH = 90
_DOUBT = "the part's name follows a description of someone else"


def held_relational(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with castings named after "the mother of ..., Name" held."""
    return [
        held(fact, _DOUBT) if " of " in fact.evidence and _relational(fact) else fact
        for fact in cast
    ]


def _relational(fact: CastFact) -> bool:
    text = fact.evidence
    at = text.find(f", {fact.character}")
    if at < 0:
        return False
    lead = text[max(0, at - _REACH) : at]
    slot = max(lead.rfind(s) + len(s) if s in lead else -1 for s in _SLOTS)
    if slot < 0:
        return False
    description = lead[slot:]
    return description.startswith(_DETERMINERS) and " of " in f" {description} "
