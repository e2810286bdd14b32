"""The parts a crew credit may not take, for :func:`bot.extract.extract_facts`.

A name is never crew when the article casts it as a part, but a credits line can look like a
bracketed casting: "Produced by: Ada Vell (Dunlin Pictures)" reads as "Part (Actor)" with the
company as actor (invented example). A part the casting's own sentence writes straight after a
credit's "by" is the credit's name, not a part, and does not stop the credit.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.extract.lazy_patterns import lazy_pattern
from bot.facts import CastFact

_CREDIT_BY = lazy_pattern(
    r"(?i:produced|directed|written|edited|scored|composed|shot|created|cast)[ ]by:?[ ]$"
)
"""A passive credit's words just before the name: "Produced by: ", "edited by "."""


def parts_for_crew(cast: Iterable[CastFact]) -> frozenset[str]:
    """The parts the article casts, without those its casting sentence credits as crew."""
    return frozenset(fact.character for fact in cast if not _credited(fact))


def _credited(fact: CastFact) -> bool:
    at = fact.evidence.find(f"{fact.character} (")
    return at > 0 and _CREDIT_BY.search(fact.evidence, max(0, at - 30), at) is not None
