"""An actor given a voice, for :mod:`bot.extract.castdubs`.

A dub's page tells whose voice an on-screen actor gets: "Ada Vale, who plays Tom's sister Mira,
will be voiced again by Jo Brandt". What is voiced is an actor told by their part, so Jo Brandt
is her dubbing voice, never the part's actor; so is the voice of a part told with who plays it
in the original ("Mira, played in the original by Ada Vale, is voiced by Jo Brandt"). "Mira,
Tom's sister, is voiced by Jo Brandt" (a part voiced) is left to the dub's other readings.
Invented examples.
"""

from __future__ import annotations

from bot.extract.names import FULL_NAME
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_ACTOR_VOICED = lazy_pattern(
    rf"{FULL_NAME},[ ]who[ ](?:plays|played|stars[ ]as|starred[ ]as)[ ][^,;.]{{1,60}},[ ]"
    r"(?:will[ ]be|is|was|has[ ]been|had[ ]been|is[ ]to[ ]be)[ ]voiced[ ](?:[a-z]+[ ]){0,2}?"
    r"by[ ]$"
)
"""An actor by their part, then "voiced by", right before the voice's name."""
_ORIGINAL_VOICED = lazy_pattern(
    r"[,(][ ]?(?:played|portrayed)[ ]in[ ](?:the[ ])?(?:original|English)(?:[ ](?:version|cut))?"
    rf"[ ]by[ ]{FULL_NAME}[,)][ ](?:will[ ]be|is|was|has[ ]been|had[ ]been|is[ ]to[ ]be)[ ]"
    r"voiced[ ](?:[a-z]+[ ]){0,2}?by[ ]$"
)
"""A part by who plays it in the original, then "voiced by", right before the voice's name."""


def voiced_actor(fact: CastFact) -> bool:
    """Whether the casting's actor is the voice given to an on-screen actor, not the part's."""
    text = fact.evidence
    if "voiced" not in text:
        return False
    at = text.find(fact.actor)
    if at <= 0:
        return False
    back = max(0, at - 200)
    return (
        _ACTOR_VOICED.search(text, back, at) or _ORIGINAL_VOICED.search(text, back, at)
    ) is not None
