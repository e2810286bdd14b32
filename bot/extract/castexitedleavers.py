"""A leaver told before the part, for :mod:`bot.extract.castwithdrawals`.

"Lena Moss has exited Tin Lane and has been replaced by Ada Vale. Moss had been announced in
May as Mira Holt, ..." tells the leaving first, then, in the past perfect, the part left: the
casting is former (a successor's takeover in the next sentence then finds the part).
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.castleavers import DEPARTED
from bot.extract.text import Doc
from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_HAD_BEEN = lazy_pattern(r"^[ ]had[ ]been[ ](?:originally[ ]|first[ ])?(?:announced|cast)\b")
"""After the actor who opens the casting's sentence: "Moss had been announced in May as"."""


def exited_leavers_former(doc: Doc, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each casting told in the past perfect right after its actor's leaving
    made former."""
    if " had been " not in doc.body:
        return cast
    return [
        replace(fact, status=CastStatus.FORMER) if _left_before(doc, fact) else fact
        for fact in cast
    ]


def _left_before(doc: Doc, fact: CastFact) -> bool:
    if fact.status is not CastStatus.CURRENT:
        return False
    names = (fact.actor, fact.actor.rsplit(" ", 1)[-1])
    opener = next((name for name in names if fact.evidence.startswith(name)), None)
    if opener is None or not _HAD_BEEN.search(fact.evidence[len(opener) :]):
        return False
    texts = [doc.text[v.span.start : v.span.end].strip() for v in doc.views]
    if fact.evidence not in texts:
        return False
    at = texts.index(fact.evidence)
    if not at:
        return False
    before = texts[at - 1]
    name = next((name for name in names if before.startswith(name + " ")), None)
    if name is None:
        return False
    departed = DEPARTED.match(before, len(name) + 1)
    return departed is not None
