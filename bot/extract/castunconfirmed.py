"""Castings their own sentence says are not yet confirmed, for :mod:`bot.extract.castchecks`.

"Everything we know" pieces and forum posts name an actor with the part they once played, then
deny it in the same breath: "X's Isaac has still not been officially confirmed", "X (Isaac)
and Y (Mr Q) haven't been announced for the film". The pair reads as a casting, but the verb
that follows it says the article does not know; the casting is held, never served.
"""

from __future__ import annotations

import re

from bot.facts import CastFact, held

UNCONFIRMED_DOUBT = "the sentence says the casting is not confirmed"

_DENIED_AFTER = re.compile(
    r"\)?(?:[ ](?:and|&)[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}(?:[ ]\([^()]{1,40}\))?)?[ ]"
    r"(?:(?:has|have)(?:[ ](?:still|yet))?(?:[ ]not|n[’']t)(?:[ ](?:yet|still))?[ ]been"
    r"|(?:is|are)[ ](?:still[ ])?(?:yet[ ]to[ ]be|not[ ](?:yet[ ])?)|remains?)"
    r"[ ](?:officially[ ]|formally[ ])?(?:confirmed|announced|unconfirmed)\b"
    r"|,[ ](?:(?:has|have)[ ](?:also[ ])?)?(?:said|admitted)[ ](?:that[ ])?(?:he|she|they)[ ]"
    r"(?:is|are|was|were)[ ][“\"‘']?(?:not[ ]sure|unsure)[”\"’']?[ ](?:whether|if)\b"
)
"""Right after the part (its bracket closed, perhaps another listed pair between), a denial:
"has still not been officially confirmed", "haven't been announced", "is yet to be confirmed",
"remains unconfirmed"; or the actor's own doubt whether the part is in it: ", (has) said she
is/was “not sure” whether Mira appears" (not "unsure how the finale will land")."""


def held_unconfirmed(fact: CastFact) -> CastFact:
    """``fact`` held when the words right after its part say it is not confirmed."""
    evidence, part = fact.evidence, fact.character
    if not fact.served or not part:
        return fact
    if not any(w in evidence for w in ("confirmed", "announced", "sure")):
        return fact
    at = evidence.find(part, max(evidence.find(fact.actor.rsplit(" ", 1)[-1]), 0))
    while at >= 0:
        if _DENIED_AFTER.match(evidence, at + len(part)):
            return held(fact, UNCONFIRMED_DOUBT)
        at = evidence.find(part, at + len(part))
    return fact
