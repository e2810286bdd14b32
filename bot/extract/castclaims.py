"""Departures only claimed and castings the next sentence doubts, for
:mod:`bot.extract.castwithdrawals`.

"Reports claimed Ada Vale would not return as Mira", "rumours say Vale has quit as Mira": an
exit someone else alleges (and the article may go on to deny) is no departure the article
states. The casting is held for review, never served as a leaver. So is any casting the very
next sentence calls unproven: "X has been cast as Y. There is no evidence for this.", "... That
has not been confirmed.", and any casting in a sentence led by a label that denies it ("NOT
confirmed: the listing of X as Y", "Fake: ..."), or in a list under a heading that does (a
forum post's "**What's NOT confirmed:**" then "- X returning as Y").
"""

from __future__ import annotations

import re

from bot.extract.cues import hint
from bot.facts import CastFact, CastStatus, held
from bot.lazy_patterns import lazy_pattern

_CLAIM_HINT = hint("claim", "reportedly", "rumo", "alleg", "specul", "gossip", "said to")
_CLAIMED = lazy_pattern(
    r"\b(?:claim(?:s|ed|ing)?|reportedly|rumou?r(?:s|ed)?|alleg(?:es|ed|edly)|"
    r"speculat(?:es|ed|ion)|gossip|(?:is|are|was|were)[ ]said[ ]to)\b"
)
_DOUBT_HINT = hint("evidence", "proof", "confirm", "true", "false", "rumo", "baseless", "unfounded")
_DOUBTED_NEXT = lazy_pattern(
    r"[ ]*(?:(?:But|And|So|Still|However),?[ ])?(?:"
    r"[Tt]here(?:[ ]is|[ ]was|[’']s|'s)[ ](?:no|zero|little|not[ ]a[ ]shred[ ]of)[ ]"
    r"(?:\w+[ ])?(?:evidence|proof|confirmation)"
    r"|(?:This|That|It|None[ ]of[ ](?:this|it))[ ](?:is|was|has|had|remains)[ ](?:not|n[’']t|never|"
    r"yet[ ]to[ ]be)[ ](?:(?:yet|been|officially)[ ]){0,2}(?:true|confirmed|announced|verified)"
    r"|(?:This|That|It)(?:[ ]is|[ ]was|[’']s|'s)[ ](?:false|untrue|unconfirmed|baseless|"
    r"unfounded|(?:only[ ]|just[ ])?a[ ]rumou?r|not[ ]true)"
    r"|(?:Nothing|Neither)[ ](?:has|is)[ ](?:yet[ ])?been[ ]confirmed)\b"
)
"""Opening the next sentence, a doubt cast on the one before: "There is zero evidence for
this", "That has not been confirmed", "This is only a rumour"."""
_DENIAL_LABEL = lazy_pattern(
    r"[*_#>•\-\s]*(?:not[ ](?:yet[ ])?(?:confirmed|true|real|official|happening)|unconfirmed|"
    r"unverified|false|fake|debunked|untrue|rumou?r(?:ed)?|hoax|myth)[*_\s]*[:–—-][ *_]",
    re.IGNORECASE,
)
"""A label opening the sentence that denies what follows: "**NOT confirmed:** ...",
"Fake — ...", "Debunked: ..."."""


_LIST_ITEM = lazy_pattern(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ ]")
_MAX_HEADING = 60


def held_doubted(text: str, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each casting held whose sentence the next one calls unproven, or whose
    own opening label, or its list's heading, denies it."""
    cast = [_denied(fact) or _headed(text, fact) for fact in cast]
    if not cast or _DOUBT_HINT.search(text) is None:
        return cast
    return [_doubted(text, fact) for fact in cast]


def _denied(fact: CastFact) -> CastFact | None:
    if _DENIAL_LABEL.match(fact.evidence) is None:  # anchored: fails at the first word
        return None
    return held(fact, "a label denies it")


def _headed(text: str, fact: CastFact) -> CastFact:
    """``fact`` held when its line is a list item and the line above the list is a short
    heading that denies ("What's NOT confirmed:")."""
    at = text.find(fact.evidence)
    line_start = text.rfind("\n", 0, max(at, 0)) + 1
    if at < 0 or _LIST_ITEM.match(text, line_start) is None:
        return fact
    while line_start:
        above = text.rfind("\n", 0, line_start - 1) + 1
        if _LIST_ITEM.match(text, above) is None:
            heading = text[above : line_start - 1].strip()
            denies = _DENIAL_LABEL.search(f"{heading} ") is not None
            if len(heading) <= _MAX_HEADING and heading.rstrip("*_ ").endswith(":") and denies:
                return held(fact, "a heading denies it")
            return fact
        line_start = above
    return fact


def _doubted(text: str, fact: CastFact) -> CastFact:
    at = text.find(fact.evidence)
    if at < 0 or not fact.evidence.endswith("."):
        return fact
    if _DOUBTED_NEXT.match(text, at + len(fact.evidence)) is None:
        return fact
    return held(fact, "doubted after")


def held_claims(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each leaver held whose sentence, before the name, only reports a claim."""
    return [_held(fact) if fact.status is CastStatus.FORMER else fact for fact in cast]


def _held(fact: CastFact) -> CastFact:
    at = fact.evidence.find(fact.actor.rsplit(" ", 1)[-1])
    before = fact.evidence[: max(at, 0)].lower()
    if _CLAIM_HINT.search(before) is None or _CLAIMED.search(before) is None:
        return fact
    return held(fact, "a departure only claimed")
