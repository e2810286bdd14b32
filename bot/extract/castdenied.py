"""Castings a sentence calls wrong, and "parts" that are the sentence's speaker, for
:mod:`bot.extract.castwithdrawals`.

"Reports that Ada Vale had been cast as Mira were incorrect, the studio said", "Claims that
Tom Reed would play the ferryman are untrue": the casting is what a report said and the
sentence denies it, so it is held, never served; so is a link a report made that the sentence
takes back ("Early reports linked X to the role of Y, but she was never attached"). "Ada Vale
has been cast as Tom's brother, Corvale said": the name after the described part is whoever
said it, not the part.
"""

from __future__ import annotations

import re

from bot.facts import CastFact, held
from bot.lazy_patterns import cached_pattern, lazy_pattern

_DENIED = lazy_pattern(
    r"\b(?:[Rr]eports?|[Cc]laims?|[Rr]umou?rs?|[Ss]uggestions?|[Ss]tories|[Ss]peculation)\b"
    r"[^.;:“”\"]{0,60}?\bthat[ ](?P<claim>[^.;:“”\"]{3,160}?)[ ,](?:were|was|are|is|have[ ]been|"
    r"has[ ]been|had[ ]been)[ ](?:(?:entirely|completely|simply|wholly)[ ])?(?:incorrect|untrue|"
    r"false|wrong|inaccurate|baseless|unfounded|denied|not[ ]true)\b"
)
_NEVER_ATTACHED = lazy_pattern(
    r"\b(?:linked|tipped|rumou?red|reported|tied)\b[^.;:“”\"]{1,120}?,?[ ]but[ ]"
    r"(?:he|she|they|the[ ]actor|the[ ]actress)[ ](?:was|were|had|has|have)[ ](?:never|not)[ ]"
    r"(?:been[ ])?(?:attached|cast|involved|confirmed|signed|approached|in[ ]talks)\b"
)
"""A report's link the sentence takes back: "Early reports had linked X to the role of Y, but
she was never attached" (the link is what the report said)."""
_SAID = (
    r"(?:said|says|confirmed|confirms|told|added|announced|insisted|stated|explained|"
    r"revealed|noted)"
)


def held_denied(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each casting held that a report claimed and its sentence denies, or whose
    part is the name of the sentence's speaker."""
    return [_judged(fact) for fact in cast]


def _judged(fact: CastFact) -> CastFact:
    evidence = fact.evidence
    surname = fact.actor.rsplit(" ", 1)[-1]
    if "that " in evidence and any(
        surname in denied["claim"] for denied in _DENIED.finditer(evidence)
    ):
        return held(fact, "a report the sentence denies")
    if " but " in evidence and any(surname in m[0] for m in _NEVER_ATTACHED.finditer(evidence)):
        return held(fact, "a report the sentence denies")
    first = fact.character.split(" ", 1)[0]
    if f", {first} " not in evidence or f"{fact.character}," in evidence:
        return fact  # the speaker pattern needs ", First " (a cheap test before building it)
    speaker = rf",[ ]{re.escape(first)}(?:[ ][A-Z][\w’'-]*){{0,2}}[ ]{_SAID}\b"
    if cached_pattern(speaker).search(evidence):
        return held(fact, "the part is the sentence's speaker")
    return fact
