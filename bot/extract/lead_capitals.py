"""A first name set in capitals before a title-case surname ("RUBY Okafor"): the page's typography,
retyped so the actor's name is the one the rest of the article writes."""

from __future__ import annotations

from dataclasses import replace

from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_LEAD_CAPITALS = lazy_pattern(r"^(?P<first>[A-Z]{3,})(?=[ ][A-Z][a-z][\w’'-]*$)")
"""A first name set in capitals before a title-case surname, the name's two words: a tabloid's
opening word ("RUBY Okafor looked ..."), the page's typography and not the name's spelling (an
acronym before a full name, "BBC Ana Ruiz", is no first name)."""


def without_lead_capitals(name: str) -> str:
    """``name`` with a capitalised opening first name in title case: "RUBY Okafor" is Ruby Okafor
    (an all-capitals name, "RUBY OKAFOR", is left to the aliases)."""
    found = _LEAD_CAPITALS.match(name)
    return name if found is None else found["first"].capitalize() + name[found.end() :]


def lead_capitals_retyped(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each actor's opening capitals in title case (:func:`without_lead_capitals`);
    a retyped casting the list already holds is dropped."""
    held = {(fact.actor, fact.character) for fact in cast}
    kept: list[CastFact] = []
    for fact in cast:
        actor = without_lead_capitals(fact.actor)
        if actor == fact.actor:
            kept.append(fact)
        elif (actor, fact.character) not in held:
            kept.append(replace(fact, actor=actor))
    return kept
