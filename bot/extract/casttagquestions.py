"""Castings their own sentence asks about, for :mod:`bot.extract.castchecks`.

Forum posts and comment threads state a casting, then turn it into a question with a tag: "X
was first announced as Mira, wasn't she?", "Y plays Tom, right?". The writer is asking, not
telling; the casting is held, never served.
"""

from __future__ import annotations

from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

TAG_DOUBT = "the sentence asks whether the casting is so (a tag question)"

_TAG = lazy_pattern(
    r",[ ](?:(?:is|was|are|were|has|have|had|does|do|did|will|would|can|could)n[’']t"
    r"|won[’']t|can[’']t)[ ](?:he|she|they|it|I|we|you)\?\s*$"
    r"|,[ ](?:right|no|yes|surely)\?\s*$"
)
"""The sentence's last words a tag that asks: ", wasn't she?", ", didn't they?", ", right?" (the
writer's own, outside any quotation)."""


def held_tag_questioned(fact: CastFact) -> CastFact:
    """``fact`` held when its sentence ends on a tag question."""
    if not fact.served or "?" not in fact.evidence:
        return fact
    tag = _TAG.search(fact.evidence)
    if tag is None or _quoting(fact.evidence[: tag.start()]):
        return fact
    return held(fact, TAG_DOUBT)


def _quoting(before: str) -> bool:
    """Whether a quotation is still open at the end of ``before`` (the tag is a speaker's)."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
