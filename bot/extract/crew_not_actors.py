""" "The actor" is never someone the article credits only behind the camera, nor a crew noun
someone it credits only in front of it.

A profile says "Lund has called him “...”, and the actor admits he has read that line": the
sentence's first subject is the director, but "the actor" is the one described, not the
describer. A person the article credits on the crew ("directed by Piet Lund") and in no part is
not who "the actor", "the star" or "the newcomer" stands for, so the search for them holds back
rather than credit the director's name. The other way round, "the composer", "the director",
"the writer" or any noun with crew roles is no one the article credits with a part and no crew
job: an actor-writer whose writing credit the article does not give falls back on no one.

Nor is a department head's noun ("the cinematographer", "the composer", "the editor") someone the
article credits only with another crew job, nor the other way round: "Ruud had never seen it
when Hester Quayle, the director, called him. “...,” the cinematographer says" is not
Quayle's, though she is the last subject before the quote. (Director, writer and producer are
often one person, a credit the article left out; a camera or a score is rarely held with them.)
"""

from __future__ import annotations

from bot.facts import CastFact, CrewFact, CrewRole

ACTOR_NOUNS = frozenset({"actor", "actress", "star", "co-star", "newcomer"})
"""Nouns that describe someone by a part in front of the camera ("the actor", "the star")."""
_CRAFTS = frozenset({CrewRole.CINEMATOGRAPHER, CrewRole.COMPOSER, CrewRole.EDITOR})
"""Departments whose heads rarely hold a second credit on the same film."""


def crew_not_actor(
    noun: str, found: str, credits: tuple[tuple[CastFact, ...], tuple[CrewFact, ...]]
) -> bool:
    """Whether ``found``, taken for "the ``noun``" (an actor's noun), is crew in no part."""
    if noun not in ACTOR_NOUNS:
        return False
    cast, crew = credits
    return any(c.name == found for c in crew) and all(c.actor != found for c in cast)


def unaged_crew(
    noun: str,
    found: str,
    credits: tuple[tuple[CastFact, ...], tuple[CrewFact, ...]],
    lede: str,
) -> bool:
    """Whether ``found``, taken for "the N-year-old" (an age the article gives no one), is
    credited only behind the camera and is not who the ``lede`` (the article's opening) is
    about: "“...,” the 34-year-old says" in an actor's profile after "the drama from director
    Ida Berg" is the actor, not the director named in passing (a composer's own profile keeps
    its composer)."""
    return (
        noun.endswith("-year-old")
        and found.rsplit(maxsplit=1)[-1] not in lede
        and crew_not_actor("actor", found, credits)
    )


def actor_not_crew(
    roles: tuple[CrewRole, ...],
    found: str,
    credits: tuple[tuple[CastFact, ...], tuple[CrewFact, ...]],
) -> bool:
    """Whether ``found``, taken for a crew noun with ``roles``, is cast with no crew job."""
    cast, crew = credits
    return (
        bool(roles) and any(c.actor == found for c in cast) and all(c.name != found for c in crew)
    )


def off_side(
    noun: str,
    roles: tuple[CrewRole, ...],
    found: str,
    credits: tuple[tuple[CastFact, ...], tuple[CrewFact, ...]],
    lede: str,
) -> bool:
    """Whether ``found`` cannot be "the ``noun``" (a crew noun with ``roles``, or an actor's):
    the wrong side of the camera for it."""
    return (
        crew_not_actor(noun, found, credits)
        or unaged_crew(noun, found, credits, lede)
        or actor_not_crew(roles, found, credits)
        or _other_department(roles, found, credits[1])
    )


def _other_department(roles: tuple[CrewRole, ...], found: str, crew: tuple[CrewFact, ...]) -> bool:
    """Whether ``found``, taken for a crew noun with ``roles``, is credited only with other crew
    jobs, one side of the two being a department head's (camera, score, edit)."""
    held = {c.role for c in crew if c.name == found}
    if not roles or not held or held & set(roles):
        return False
    return set(roles) <= _CRAFTS or held <= _CRAFTS
