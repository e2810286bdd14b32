"""A part fronted with "Playing" before "is" and its actor, for :mod:`bot.extract.cast`.

Feature copy turns a casting round to end on the name: "Playing the vicar's son Tam is newcomer
Ada Vale", "Portraying Mira will be Kai Lund, 19", a voice's "Voicing Pip is Kai Lund" (invented
examples). The part follows the gerund, the actor (perhaps led by lowercase words that say who
they are: "19-year-old newcomer", "veteran actor") follows "is" or "will be" and closes the
clause. Only at the sentence's start: mid-sentence, "playing Mira is" belongs to a subject
before it ("Kai Lund playing Mira is a treat"). A name that goes on into a possessive ("Playing
Hamlet is Ada Vale's dream") is no actor.
"""

from __future__ import annotations

from bot.extract.castforms import CHAR_GROUP, ORIGIN, Casting, casting_at
from bot.extract.castfronted import FRONTING_GERUNDS
from bot.extract.names import FULL_NAME
from bot.lazy_patterns import lazy_pattern

_UNSURE = (
    r"(?!(?:not|never|no|yet|to|be|likely|unlikely|possibly|probably|reportedly|rumoured|"
    r"rumored|said|thought|believed|expected|tipped|set|apparently|allegedly|supposedly)\b)"
)
"""Words that make the actor a denial or a guess ("is not", "is rumoured to be"): no casting."""
_WHO = rf"(?:{_UNSURE}(?:{ORIGIN}|\d{{1,3}}-year-old|[a-z][a-z-]+)[ ]){{0,4}}"
"""Words before the actor that say who they are: "19-year-old newcomer", "Irish actor"."""
_PLAYING_IS = lazy_pattern(
    rf"[ ]*(?:{'|'.join(g.strip() for g in FRONTING_GERUNDS)})[ ]{CHAR_GROUP}"
    rf"[ ](?:is|will[ ]be)[ ]{_WHO}"
    rf"(?P<actor>{FULL_NAME})(?=[.;!]?$|[,.;!:][ ]|[ ](?:and|who)[ ]|[ ][–—(])"
)


def fronted_playing(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """The sentence's "Playing Part is Actor", if it opens with one."""
    if not chunk.lstrip().startswith(FRONTING_GERUNDS):
        return []
    found = _PLAYING_IS.match(chunk)
    return [] if found is None else [casting_at(found, evidence, offset)]
