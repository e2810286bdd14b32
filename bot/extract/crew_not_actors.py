""" "The actor" is never someone the article credits only behind the camera.

A profile says "Lund has called him “...”, and the actor admits he has read that line": the
sentence's first subject is the director, but "the actor" is the one described, not the
describer. A person the article credits on the crew ("directed by Piet Lund") and in no part is
not who "the actor", "the star" or "the newcomer" stands for, so the search for them holds back
rather than credit the director's name.
"""

from __future__ import annotations

from bot.facts import CastFact, CrewFact

_ACTOR_NOUNS = frozenset({"actor", "actress", "star", "co-star", "newcomer"})


def crew_not_actor(
    noun: str, found: str, credits: tuple[tuple[CastFact, ...], tuple[CrewFact, ...]]
) -> bool:
    """Whether ``found``, taken for "the ``noun``" (an actor's noun), is crew in no part."""
    if noun not in _ACTOR_NOUNS:
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
