"""An actor of the page equated with another actor in a part, for
:func:`bot.extract.extract_facts`.

A fan thread or a column compares a performance with one in another show: "Not saying Vell is
Ada Penn as Mira Holt yet, but give her time" (invented). The subject is someone the page casts,
and what she "is" is another actor playing a part: a comparison, no casting of the page's work.
An inverted casting keeps its part: "Opposite Vell is Ada Penn as Mira" (a preposition before
the first name makes it no subject).
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_EQUATED = lazy_pattern(
    rf"(?<![\w’'-])(?P<subject>{NAME})[ ](?:is|was|isn[’']t|becomes)[ ]"
    r"(?:(?:basically|just|literally|already|now|the[ ]new)[ ])?"
    rf"(?P<actor>{NAME})[ ]as[ ]"
)
"""A name set equal to an actor in a part: "Vell is Ada Penn as ", "Vell is basically Ada Penn
as "."""
_PLACED_BEFORE = lazy_pattern(
    r"\b(?:[Oo]pposite|[Aa]longside|[Bb]eside|[Ww]ith|[Jj]oining|[Bb]ehind|[Aa]gainst|[Aa]mong|"
    r"[Nn]ext[ ]to)[ ]$"
)
"""A preposition before the first name: the sentence is inverted, the actor its subject."""


def equated_actors_dropped(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` without the castings that set one of the page's actors equal to another actor
    in a part."""
    if len(cast) < 2 or not any(" as " in fact.evidence for fact in cast):
        return cast
    actors = {fact.actor for fact in cast}
    cast_names = actors | {actor.rsplit(" ", 1)[-1] for actor in actors}
    return [fact for fact in cast if not _equated(fact, cast_names)]


def _equated(fact: CastFact, cast_names: set[str]) -> bool:
    """Whether the fact's actor is what a name the page casts "is" in its evidence (a subject
    after an opening word is still one: "Honestly Vell is ...")."""
    if " as " not in fact.evidence:
        return False
    for match in _EQUATED.finditer(fact.evidence):
        subject, last = match["subject"], match["subject"].rsplit(" ", 1)[-1]
        named = subject in cast_names or last in cast_names  # "Honestly Vell is ..."
        if (
            match["actor"] == fact.actor
            and subject != fact.actor
            and named
            and fact.actor.rsplit(" ", 1)[-1] != last
            and _PLACED_BEFORE.search(fact.evidence, 0, match.end("subject") - len(last)) is None
        ):
            return True
    return False
