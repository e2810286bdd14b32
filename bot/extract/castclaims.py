"""Departures only claimed, for :mod:`bot.extract.castwithdrawals`.

"Reports claimed Ada Vale would not return as Mira", "rumours say Vale has quit as Mira": an
exit someone else alleges (and the article may go on to deny) is no departure the article
states. The casting is held for review, never served as a leaver.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.cues import hint
from bot.facts import CastFact, CastStatus

_CLAIM_HINT = hint("claim", "reportedly", "rumo", "alleg", "specul", "gossip", "said to")
_CLAIMED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|reportedly|rumou?r(?:s|ed)?|alleg(?:es|ed|edly)|"
    r"speculat(?:es|ed|ion)|gossip|(?:is|are|was|were)[ ]said[ ]to)\b"
)
_CLAIMED_EXIT = 0.5
"""Below the serving line: a departure the article only reports as claimed."""


def held_claims(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each leaver held whose sentence, before the name, only reports a claim."""
    return [_held(fact) if fact.status is CastStatus.FORMER else fact for fact in cast]


def _held(fact: CastFact) -> CastFact:
    at = fact.evidence.find(fact.actor.rsplit(" ", 1)[-1])
    before = fact.evidence[: max(at, 0)].lower()
    if _CLAIM_HINT.search(before) is None or _CLAIMED.search(before) is None:
        return fact
    return replace(
        fact, confidence=min(fact.confidence, _CLAIMED_EXIT), doubt="a departure only claimed"
    )
