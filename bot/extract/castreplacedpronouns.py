"""A leaver whose successor a following sentence says replaced them, for :mod:`bot.extract`.

Live blogs and corrections tell a recast after the leaver's casting, by the successor's name and
a pronoun: "Some listings still give Tom Reyes as Pip. Kai Lund replaced him before the shoot"
(invented). When the successor is the one other actor the article casts in that part, the
leaver's casting is a former one. Only the casting's own sentence (after the leaver) and the
next two of its paragraph are read: a pronoun further on may be anyone's.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.cues import occurrences
from bot.extract.text import Doc
from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_REPLACED = lazy_pattern(
    r"[ ](?:has[ ]|had[ ])?(?:since[ ]|later[ ]|then[ ]|quietly[ ])?(?:replaced|succeeded)"
    r"[ ](?:him|her|them)\b"
)
"""Right after the successor's name: "replaced him", "has since replaced her"."""
_HOLDERS = 2
"""The leaver and the one successor: with more, the pronoun's leaver cannot be told."""
_FOLLOWING = 2
"""How many sentences after the casting's own may tell the replacement."""


def replaced_leavers_former(doc: Doc, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each current casting former whose part's one other actor the sentences
    after it say "replaced him" (or her, or them)."""
    if " replaced " not in doc.text and " succeeded " not in doc.text:
        return cast
    return [replace(f, status=CastStatus.FORMER) if _replaced(doc, f, cast) else f for f in cast]


def _replaced(doc: Doc, fact: CastFact, cast: list[CastFact]) -> bool:
    if fact.status is not CastStatus.CURRENT:
        return False
    holders = {
        f.actor for f in cast if f.character == fact.character and f.status is CastStatus.CURRENT
    }
    if len(holders) != _HOLDERS:
        return False
    successor = next(iter(holders - {fact.actor}))
    at = doc.text.find(fact.evidence)
    if at < 0:
        return False
    own = doc.sentence_at(at)
    after = [s for s in doc.sentences if s.para == own.para and s.start > own.start]
    told = doc.text.find(fact.actor, at, own.end)
    text = "\n".join(
        [
            doc.text[max(told, at) : own.end],
            *(doc.text[s.start : s.end] for s in after[:_FOLLOWING]),
        ]
    )
    return any(
        _REPLACED.match(text, found + len(name))
        for name in {successor, successor.rsplit(" ", 1)[-1]}
        for found in occurrences(name, text)
    )
