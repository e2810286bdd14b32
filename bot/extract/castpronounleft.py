"""A casting the next sentence says its actor left, by a pronoun, for :mod:`bot.extract`.

Recast stories and explainers tell the first casting, then its end in a sentence of its own:
"Early listings had Tom Reyes as Pip. He left the project before the shoot" (invented); "Ada
Vale had been cast as Mira. She withdrew due to a scheduling clash". The casting is true but
over: former, not current. The pronoun must open the very next sentence of the same paragraph,
the casting's sentence must name no other actor (the pronoun is then the actor's), and the
leaving must be from the work or for a production's reason, never a part's own story ("She left
the village after the war" is Mira's).
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.castthenleft import LEFT_WORK
from bot.extract.lexicon import LEFT_VERBS
from bot.extract.people import People
from bot.extract.text import Doc
from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_PRONOUN_LEFT = lazy_pattern(
    r"(?:He|She|They)[ ](?:later[ ]|then[ ]|subsequently[ ]|since[ ]|has[ ]since[ ])?"
    rf"(?:had[ ]to[ ](?:drop|pull|step)[ ](?:out|away)|{LEFT_VERBS}|pulled[ ]out)"
    rf"(?:[ ](?:(?:from|out[ ]of)[ ])?(?:the|this|that|its)[ ]{LEFT_WORK}"
    r"|[ ](?:before|ahead[ ]of)[ ](?:filming|shooting|production|the[ ]shoot|cameras)"
    r"|[ ](?:due[ ]to|because[ ]of|over)[ ](?:a[ ]|an[ ])?(?:scheduling|schedule|diary|"
    r"creative)\b)"
)
"""The next sentence's opening: "He left the project", "She withdrew from the film", "They
dropped out before filming", "She departed due to a scheduling conflict"."""


def pronoun_left_former(doc: Doc, people: People, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each current casting the next sentence says, by a pronoun, its actor left
    made former."""
    if not any(word in doc.text for word in ("He ", "She ", "They ")):
        return cast
    surnames = {
        name.rsplit(maxsplit=1)[-1] for name in {f.actor for f in cast} | {*people.ordered()}
    }
    return [
        replace(f, status=CastStatus.FORMER) if _left_next(doc, f, surnames) else f for f in cast
    ]


def _left_next(doc: Doc, fact: CastFact, surnames: set[str]) -> bool:
    """The casting's sentence names no one else (by surname), and the next sentence of its
    paragraph opens on a pronoun leaving the work."""
    if fact.status is not CastStatus.CURRENT:
        return False
    at = doc.text.find(fact.evidence)
    if at < 0:
        return False
    own = doc.sentence_at(at)
    sentence = doc.text[own.start : own.end]
    own_words = {fact.actor.rsplit(maxsplit=1)[-1], *fact.character.split()}
    if any(surname in sentence for surname in surnames - own_words):
        return False  # another person here: the pronoun may be theirs
    after = next((s for s in doc.sentences if s.start >= own.end), None)
    return (
        after is not None
        and after.para == own.para
        and _PRONOUN_LEFT.match(doc.text, after.start) is not None
    )
