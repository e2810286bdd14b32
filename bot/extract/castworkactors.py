"""A work taken for an actor, for :mod:`bot.extract`: "X will lead Low Moor, a thriller for ITV,
as DS Y" (the work is what X leads; the part is X's) and "Low Moor played as the closing film of
the Tern Festival" (a screening's slot, no part): the title before "as" is no actor (invented
examples).
"""

from __future__ import annotations

import re

from bot.facts import CastFact

_KIND_WORDS = (
    r"(?:(?:the|an?)[ ](?:(?!(?:cast|ensemble|line-?up|company|film|series|show|is|are|was|were|"
    r"that|which|who|includes|including)[ ])[\w’'+-]+[ ]){0,3}?)"
)
"""The work's kind between the verb and its title ("the ITV drama "); never a cast ("leads a
cast that includes "), nor the article's own work ("to lead the film are ")."""
_LED_WORK = re.compile(
    rf"\b(?:(?:will|to|would|shall|can)[ ](?:lead|front|headline)[ ]{_KIND_WORDS}?"
    rf"|(?:leads|led|fronts|fronted|headlines|headlined)[ ]{_KIND_WORDS}"
    rf"|(?:star|stars|starred|starring)[ ]in[ ]{_KIND_WORDS}?)$"
)
"""A verb whose object is a work, right before the "actor" or its kind: "will lead ", "stars in
", "leads the ITV drama " (never "series leads ": a noun there, the actors follow)."""
_SCREENING_SLOT = re.compile(
    r"[ ]as[ ](?:the|an?|its)[ ](?:[a-z-]+[ ]){0,2}?(?:film|feature|gala|title|selection|"
    r"screening|premiere|opener|closer)[ ](?:of|at|for)[ ]"
)
"""A screening's slot after "as": "played as the closing film of "."""


def works_as_actors_dropped(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` without the castings whose "actor" is a work a person leads or a work screened
    in an event's slot."""
    return [fact for fact in cast if not _work_as_actor(fact)]


def _work_as_actor(fact: CastFact) -> bool:
    evidence = fact.evidence
    for found in re.finditer(re.escape(fact.actor), evidence):
        at = found.start()
        if _LED_WORK.search(evidence, max(at - 60, 0), at):
            return True
        slot = _SCREENING_SLOT.search(evidence, found.end())
        if slot is not None and evidence.find(fact.character, slot.end()) >= 0:
            between = evidence[found.end() : slot.start()]
            if " as " not in between:
                return True
    return False
