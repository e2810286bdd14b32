"""Last readings of a casting's words, for :func:`bot.extract.castchecks.checked_cast`.

* A part described by a title, then named after a comma: "signed up to play the scheming Dowager
  Queen, Edith." (a tabloid's reveal). The part is the name, not the title it is glossed with.
* A "part" that a crew post introduces: "X plays the tutor, and the casting director is Y" names
  Y as crew, never as X's part. Dropped.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.lexicon import CREW_POSTS
from bot.extract.names import NAME
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_TITLED = lazy_pattern(r"\b(?:the|a|an)[ ](?:[a-z][\w-]*[ ]){0,2}$")
"""What comes before a part told by its title: "the scheming "."""
_NAMED_AFTER = lazy_pattern(rf",[ ](?P<name>{NAME})(?=[.;!]|,[ ]|$)")
_CREW_POST_BEFORE = lazy_pattern(rf"\b(?:{CREW_POSTS}|creator)[ ](?:is|was|will[ ]be)[ ]$")


def renamed_or_dropped_part(fact: CastFact, actors: set[str]) -> CastFact | None:
    """``fact`` with its part renamed to the name the sentence glosses its title with ("the
    scheming Dowager Queen, Edith"), or None where a crew post introduces the "part" (no part at
    all); a name after the comma that is one of ``actors`` starts the next item of a list."""
    at = fact.evidence.find(fact.character)
    if at >= 0 and _CREW_POST_BEFORE.search(fact.evidence, max(at - 40, 0), at):
        return None
    if at >= 0 and _TITLED.search(fact.evidence, max(at - 40, 0), at):
        named = _NAMED_AFTER.match(fact.evidence, at + len(fact.character))
        if named is not None and not (
            named["name"] in fact.evidence[:at] or any(named["name"] in actor for actor in actors)
        ):
            return replace(fact, character=named["name"])
    return fact
