"""Two shapes of a capitalised run read as an actor that is no person's name, for
:mod:`bot.extract` (invented examples):

* a run after "the": "best known for the Vossbury Lyric play Tin Drum" (a venue, and
  "play" a noun), "Live from the Odeon Leicester Square as the cast arrive" (a place, and
  "as" a conjunction). A person's name takes no article, so such a run names a place, a
  company or a work; the casting is dropped.
* an age word opening the sentence before a full name: "Young Ida Merrow plays the miner's
  daughter" is Ida Merrow, the word a description of her (as "Little" or "Teenage"). A part's
  name may open on it ("Young Tomas"), so only a run of three words or more, at the
  sentence's start, loses it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.cues import occurrences
from bot.extract.lexicon import AGE_PREFIXES
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_ARTICLE_BEFORE = lazy_pattern(r"\bthe[ ]$", re.IGNORECASE)
"""The definite article right before the run ("the Vossbury Lyric")."""
_SENTENCE_OPENING = lazy_pattern(r"^(?:[\d:.]+[ ])?$")
"""Nothing before the run but, at most, a live blog's time stamp ("19:20 Young Ida ...")."""
_AGE_WORDS = AGE_PREFIXES | {"Teenage", "Teen"}


def articled_actors_dropped(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` without castings whose actor is written after "the" wherever its sentence
    names it, and with an opening age word cut from an actor's name."""
    held = {(fact.actor, fact.character) for fact in cast}
    kept: list[CastFact] = []
    for fact in cast:
        if _after_article(fact):
            continue
        actor = _age_word_cut(fact)
        if actor == fact.actor:
            kept.append(fact)
        elif (actor, fact.character) not in held:
            kept.append(replace(fact, actor=actor))
    return kept


def _starts(actor: str, evidence: str) -> list[int]:
    """The offsets in ``evidence`` where the actor's name starts, whatever its case ("Bfi" for
    "BFI")."""
    return list(occurrences(actor.lower(), evidence.lower()))


def _after_article(fact: CastFact) -> bool:
    """Whether the sentence writes the actor's name only ever straight after "the"."""
    starts = _starts(fact.actor, fact.evidence)
    return bool(starts) and all(
        _ARTICLE_BEFORE.search(fact.evidence, max(at - 4, 0), at) is not None for at in starts
    )


def _age_word_cut(fact: CastFact) -> str:
    """The actor's name without its opening age word when the name, three words or more, opens
    its sentence; else the name as it was."""
    first, _, rest = fact.actor.partition(" ")
    if first not in _AGE_WORDS or rest.count(" ") < 1:
        return fact.actor
    starts = [
        at for at in _starts(fact.actor, fact.evidence) if fact.evidence.startswith(first, at)
    ]
    opening = any(_SENTENCE_OPENING.match(fact.evidence[:at]) for at in starts)
    return rest if opening else fact.actor
