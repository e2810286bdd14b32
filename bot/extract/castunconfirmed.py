"""Castings their own sentence says are not yet confirmed, for :mod:`bot.extract.castchecks`.

"Everything we know" pieces and forum posts name an actor with the part they once played, then
deny it in the same breath: "X's Cal has still not been officially confirmed", "X (Cal)
and Y (Mr Q) haven't been announced for the film". The pair reads as a casting, but the verb
that follows it says the article does not know; the casting is held, never served. So is a
pair the words before it say nothing is known of: "Nobody has said anything official about X
(Cal) yet".
"""

from __future__ import annotations

from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

UNCONFIRMED_DOUBT = "the sentence says the casting is not confirmed"

_DENIED_AFTER = lazy_pattern(
    r"\)?(?:[ ](?:and|&)[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}(?:[ ]\([^()]{1,40}\))?)?[ ]"
    r"(?:(?:has|have)(?:[ ](?:still|yet))?(?:[ ]not|n[’']t)(?:[ ](?:yet|still))?[ ]been"
    r"|(?:is|are)[ ](?:still[ ])?(?:yet[ ]to[ ]be|not[ ](?:yet[ ])?)|remains?)"
    r"[ ](?:officially[ ]|formally[ ])?(?:confirmed|announced|unconfirmed)\b"
    r"|,?[ ](?:was|is|were|are)[ ]not[ ](?:among|one[ ]of)[ ](?:the[ ]|those[ ])?"
    r"(?:names|actors|cast(?:[ ]members)?|returning[ ]cast)?[ ]?(?:confirmed|announced)\b"
    r"(?![^.;]{0,40}?\b(?:but|until|since|now)\b)"
    r"|,[ ](?:(?:has|have)[ ](?:also[ ])?)?(?:said|admitted)[ ](?:that[ ])?(?:he|she|they)[ ]"
    r"(?:is|are|was|were)[ ][“\"‘']?(?:not[ ]sure|unsure)[”\"’']?[ ](?:whether|if)\b"
)
"""Right after the part (its bracket closed, perhaps another listed pair between), a denial: "has
still not been officially confirmed", "haven't been announced", "is yet to be confirmed",
"remains unconfirmed", ", was not among the names confirmed" (not "... at first but has since
signed on": a casting confirmed later); or the actor's own doubt whether the part is in it: ",
(has) said she is/was “not sure” whether Mira appears" (not "unsure how the finale will land")."""


_NOTHING_SAID = lazy_pattern(
    r"\b(?:[Nn]obody|[Nn]o[ ]one|[Nn]othing)[ ](?:has[ ]|had[ ]|is[ ]|was[ ])?(?:been[ ])?"
    r"(?:said|confirmed|announced|heard|known)\b[^.;:]{0,40}?[ ](?:about|on|of|regarding)[ ]"
    r"|\b[Nn]o[ ](?:official[ ]|formal[ ])?(?:word|news|confirmation|announcement)[ ](?:yet[ ])?"
    r"(?:about|on|of|regarding)[ ]"
)
"""Before the pair, the sentence says nothing is known of it: "Nobody has said anything
official about X (Cal) or Y (Tam) yet", "There is no word yet on X (Mira)"."""


def held_unconfirmed(fact: CastFact) -> CastFact:
    """``fact`` held when the words right after its part say it is not confirmed, or the words
    before its actor say nothing is known of it."""
    evidence, part = fact.evidence, fact.character
    if not fact.served or not part:
        return fact
    said = _NOTHING_SAID.search(evidence) if "no" in evidence.lower() else None
    if said is not None and _told_of(evidence[said.end() :], fact.actor):
        return held(fact, UNCONFIRMED_DOUBT)
    if not any(w in evidence for w in ("confirmed", "announced", "sure")):
        return fact
    at = evidence.find(part, max(evidence.find(fact.actor.rsplit(" ", 1)[-1]), 0))
    while at >= 0:
        if _DENIED_AFTER.match(evidence, at + len(part)):
            return held(fact, UNCONFIRMED_DOUBT)
        at = evidence.find(part, at + len(part))
    return fact


def _told_of(after: str, actor: str) -> bool:
    """Whether ``actor`` is among the names the "nothing said about" words lead to (a list of
    pairs, not a new clause: "..., but Y plays Z" is confirmed)."""
    at = after.find(actor)
    return 0 <= at <= 80 and " but " not in after[:at] and ", while " not in after[:at]
