"""Castings told in an actor's aside on a past work, for :func:`bot.extract.extract_facts`.

"Vale, who appeared in the touring production of Tin Lane as Mira last year, ..." sets the
part in Tin Lane (the part after the work, the order :mod:`.castelsewhere` does not read).
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.extract.names import NAME
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_WHO_APPEARED_IN = lazy_pattern(
    rf"(?P<actor>{NAME}),[ ]who[ ](?:had[ ]|has[ ])?(?:once[ ]|previously[ ]|also[ ]|last[ ]|"
    r"recently[ ]|most[ ]recently[ ]|famously[ ])?"
    r"(?:appeared|starred|featured|played|was|been)[ ]"
    r"(?:(?:on|in)[ ](?:the[ ])?(?:Broadway|West[ ]End|stage|screen|tour|television|TV)[ ])?in[ ]"
    r"(?:(?:the|a|an)[ ](?:[\w’'-]+[ ]){0,4}?(?:production|revival|staging|version|run|tour)"
    r"[ ]of[ ]|the[ ](?:musical|play|opera|film|movie|series|show|drama|sitcom)[ ])?"
    r"(?:[A-Z][\w&+-]*(?:[ ](?:[A-Z][\w&+-]*|\d{1,2}))?[’']s[ ])?[“\"‘']?"
    rf"(?P<work>{NAME})[”\"’']?(?:[ ]\(\d{{4}}\))?[ ]as[ ]"
)
"""An actor's aside on a past work, then the part: "Vale, who appeared in Tin Lane as", "who
starred in the Irish stage production of Tin Lane as", "who was in Tin Lane as", "who has been
in Tin Lane as", a stage or kind between ("who was on Broadway in Tin Lane as", "who was in the
musical Tin Lane as"), or its channel's possessive ("who last starred in ITV's Tin Lane as")."""


def appeared_in_other_dropped(cast: list[CastFact], context: Context) -> list[CastFact]:
    """``cast`` without the parts an actor's aside sets in a work the article is not about."""
    if not context.ours and not context.headline:
        return cast
    return [fact for fact in cast if not _in_other_work(fact, context)]


def _in_other_work(fact: CastFact, context: Context) -> bool:
    return any(
        not ours(work, context) for work in aside_works(fact.evidence, fact.actor, fact.character)
    )


def aside_works(evidence: str, actor: str, character: str) -> list[str]:
    """The works an actor's aside on a past work sets ``character`` in ("Vale, who appeared in
    Tin Lane as Mira": Tin Lane), the actor matched by full name or surname (or a work's name
    read as the actor: "who was in the musical Tin Lane as Mira")."""
    if ", who " not in evidence:
        return []
    surname = actor.rsplit(" ", 1)[-1]
    return [
        match["work"]
        for match in _WHO_APPEARED_IN.finditer(evidence)
        if (match["actor"] in (actor, surname) or match["work"] == actor)
        and evidence.startswith(character, match.end())
    ]
