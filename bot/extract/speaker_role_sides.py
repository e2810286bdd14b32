"""Whether the person a role noun fell back on sits on the wrong side of the camera for it.

A described speaker ("the actor says", "the composer shrugs") falls back on the person the text
is about; that person is not the noun's when their credits say otherwise: "the actor" is no one
credited only behind the camera, "the 34-year-old" in an actor's profile no director named in
passing (:mod:`bot.extract.crew_not_actors`), and "the composer", "the editor" or "the
cinematographer" no actor the article credits with a part and no crew job ("“...,” the actor
says. The composer shrugs. “...,” she says." is not the actor's).
"""

from __future__ import annotations

from bot.extract.crew_not_actors import crew_not_actor, unaged_crew
from bot.facts import CastFact, CrewFact, CrewRole


def off_side(
    noun: str,
    roles: tuple[CrewRole, ...],
    found: str,
    credits: tuple[tuple[CastFact, ...], tuple[CrewFact, ...]],
    lede: str,
) -> bool:
    """Whether ``found`` cannot be "the ``noun``" (a crew noun with ``roles``, or an actor's)."""
    if crew_not_actor(noun, found, credits) or unaged_crew(noun, found, credits, lede):
        return True
    cast, crew = credits
    return (
        bool(roles) and any(c.actor == found for c in cast) and all(c.name != found for c in crew)
    )
