"""A "part" that is another actor of the same article, not told as a part: a misreading.

"As" is also a conjunction of time, and a name later in the clause can be a person in the scene
rather than a part: "“We did it,” Ada Vale said as the crowd rose, her arm around Tom Reese"
(invented) must not cast Vale as Tom Reese. When the part's name is, in full, an actor the
article casts elsewhere and no casting word stands right before it ("as", "plays"), the reading
is wrong. "Dai Morgan plays Tom Reese" stays: the sentence casts that name as a part (a surname
elsewhere may have been resolved to it).
"""

from __future__ import annotations

from bot.facts import CastFact

_CUES = ("as ", "plays ", "playing ", "played ", "role of ", "part of ")
"""Words that tell the name right after them as a part."""


def fellow_actors_dropped(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` without the castings whose part is another of its actors, untold as a part.

    Only served castings name actors: a held one may be the misreading itself ("Ada Vale is
    played by the Cold Pier actor Tom Reese" held as Ada Vale in a part "Cold Pier").
    """
    actors = {fact.actor for fact in cast if fact.served and " " in fact.actor}
    return [fact for fact in cast if not _fellow_misread(fact, actors)]


def _fellow_misread(fact: CastFact, actors: set[str]) -> bool:
    if fact.character == fact.actor or fact.character not in actors:
        return False
    evidence = f" {fact.evidence}"
    return not any(f" {cue}{fact.character}" in evidence for cue in _CUES)
