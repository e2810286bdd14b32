"""The parts a crew credit may not take, for :func:`bot.extract.extract_facts`.

A name is never crew when the article casts it as a part, but a credits line can look like a
bracketed casting: "Produced by: Ada Vell (Dunlin Pictures)" reads as "Part (Actor)" with the
company as actor (invented example). A part such a line writes straight after a credit's "by" is
the credit's name, not a part, and does not stop the credit. In running prose a part written only
after a "by" is not served either: "Tin Lane was directed by Ada Vell, with her brother, Tom,
played by Rin Soto" casts Rin Soto as no Ada Vell, and the credit stays stopped (Tin Lane may be
another work), unless the sentence opens on the unnamed work ("The film, directed by Ada Vell,
follows ..., played by Rin Soto": ours). Nor is a name a part when a crew verb
follows its bracket: "Ada Vell (Marl Sound) will direct all six episodes" gives Ada Vell her
earlier work in brackets, not a part played by "Marl Sound".
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.extract.cues import occurrences
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_CREDIT_BY = lazy_pattern(
    r"(?i:produced|directed|written|edited|scored|composed|shot|created|cast)[ ]by:?[ ]$"
)
"""A passive credit's words just before the name: "Produced by: ", "edited by "."""
_CREW_VERB_AFTER = lazy_pattern(
    r"[ ]\([^()]{1,40}\)[ ](?:will[ ]|is[ ]to[ ]|is[ ]set[ ]to[ ])?(?:direct|write|produce|score|"
    r"shoot|edit|helm)s?[ ]"
)
"""A bracket after the name, then a crew verb: " (Marl Sound) will direct "."""


def parts_for_crew(cast: Iterable[CastFact]) -> frozenset[str]:
    """The parts the article casts, without those its casting sentence credits as crew in a
    bracketed credits line (a part after a "by" in running prose still stops the credit: the
    sentence may tell another work's)."""
    return frozenset(
        fact.character
        for fact in cast
        if not _bracket_credited(fact) and not _own_work_credited(fact)
    )


_OWN_WORK_OPENING = lazy_pattern(r"(?:The|This)[ ](?:film|movie|feature|series|show|drama),[ ]")
"""The article's work, unnamed, opening the sentence with a participle aside after it: "The
film, directed by Ada Vell and written by Tom Rusk, follows ..." credits ours, whatever part a
later "played by" seems to give the names."""


def _own_work_credited(fact: CastFact) -> bool:
    """Whether every place the sentence writes the part follows a credit's "by" in an aside on
    the sentence's opening "The film," (ours, unlike a title that may be another work's)."""
    return _OWN_WORK_OPENING.match(fact.evidence) is not None and _credited(fact)


def _bracket_credited(fact: CastFact) -> bool:
    at = fact.evidence.find(f"{fact.character} (")
    if at >= 0 and _CREW_VERB_AFTER.match(fact.evidence, at + len(fact.character)):
        return True  # "Ada Vell (Marl Sound) will direct": her earlier work, no actor
    return at > 0 and _after_credit(fact.evidence, at)


def credited_parts_dropped(cast: Iterable[CastFact]) -> list[CastFact]:
    """``cast`` without the castings whose part the sentence writes only as a credit's name."""
    return [fact for fact in cast if not _credited(fact)]


def _credited(fact: CastFact) -> bool:
    """Whether every place the sentence writes the part follows a credit's "by"."""
    starts = [at for at in occurrences(fact.character, fact.evidence) if at > 0]
    return bool(starts) and all(_after_credit(fact.evidence, at) for at in starts)


def _after_credit(evidence: str, at: int) -> bool:
    """Whether a credit's "by" ends right before ``at``."""
    return _CREDIT_BY.search(evidence, max(0, at - 30), at) is not None
