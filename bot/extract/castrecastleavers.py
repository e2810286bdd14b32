"""An actor whose part was recast, named in their part elsewhere, for :mod:`bot.extract`.

An opinion piece on a recast tells it once ("Ada Vell, who played Nell in the first series, has
stepped away, and the role has been recast, with Rin Soto taking over") and then mourns the
leaver in their part ("I fell in love with Ada Vell's Nell") (invented examples). That later
mention is no current casting: the successor's sentence names the leaver first, then a departure
or a recast before the successor, so the leaver's casting is a former one.

So is a leaver the successor's sentence tells by a pronoun, the part's new actor after "now
played by": "She has left the production; the part of Mira is now played by Rin Soto" makes
the one other actor the article casts as Mira a former one (two or more: it cannot tell whom).
"""

from __future__ import annotations

from dataclasses import replace

from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_DEPARTED = lazy_pattern(
    r"\b(?:recast|step(?:s|ped|ping)?[ ](?:away|down|back)|(?:has|had|have)[ ]left|quit|quits"
    r"|exit(?:s|ed)?)\b"
)
"""A departure or a recast told between the leaver's name and the successor's."""
_PRONOUN_LEFT = lazy_pattern(
    r"\b(?:[Ss]he|[Hh]e|[Tt]hey)[ ](?:has|had|have)[ ](?:now[ ]|since[ ])?(?:left|quit|exited|"
    r"departed|withdrawn|stepped[ ](?:away|down|back)|(?:dropped|pulled)[ ]out)\b"
)
"""A leaving told by a pronoun: "She has left the production"."""
_NOW_PLAYED_BY = lazy_pattern(r"\bnow[ ](?:be[ ]|been[ ])?played[ ]by[ ]$")
"""Right before the successor: "... is now played by "."""
_ONLY_IN = lazy_pattern(r"[ ](?:in|on|for|as|during|at|when|from)[ ]")
"""Right after the successor: the part shared, not handed on ("... now played by Rin Soto in the
flashbacks", "... on tour", "... as a child")."""


def recast_leavers_former(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each current casting former whose part another actor's sentence tells was
    recast from them."""
    return [replace(f, status=CastStatus.FORMER) if _recast_from(f, cast) else f for f in cast]


def _recast_from(fact: CastFact, cast: list[CastFact]) -> bool:
    if fact.status is not CastStatus.CURRENT:
        return False
    for other in cast:
        if other.character != fact.character or other.actor == fact.actor:
            continue
        if other.status is not CastStatus.CURRENT or not other.served:
            continue
        leaver, successor = other.evidence.find(fact.actor), other.evidence.find(other.actor)
        if 0 <= leaver < successor and _DEPARTED.search(other.evidence, leaver, successor):
            return True
        if leaver < 0 and _told_by_pronoun(other.evidence, successor, len(other.actor)):
            return _sole_other(fact, other, cast)
    return False


def _told_by_pronoun(evidence: str, successor: int, length: int) -> bool:
    """The successor's sentence tells a pronoun's leaving, then "now played by" the successor
    (``length`` characters from ``successor``), the part not limited after."""
    left = _PRONOUN_LEFT.search(evidence, 0, max(successor, 0))
    if left is None or _NOW_PLAYED_BY.search(evidence, left.end(), successor) is None:
        return False
    return _ONLY_IN.match(evidence, successor + length) is None


def _sole_other(fact: CastFact, successor: CastFact, cast: list[CastFact]) -> bool:
    """``fact`` is the one current casting of the part besides the successor's."""
    return not any(
        f.character == fact.character
        and f.actor not in {fact.actor, successor.actor}
        and f.status is CastStatus.CURRENT
        for f in cast
    )
