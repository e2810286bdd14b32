"""A part the actor last played, for :mod:`bot.extract.castnotparts`.

"Vale, who grew up in Hull, last appeared as Mira in the Fringe hit Lumen" or "Vale, who most
recently starred in Channel 5's Lumen as Mira" (invented): "last" or "most recently" before a
verb of appearing tells the actor's latest turn before this one, another work's part, whatever
the words after the verb ("in Lumen", a broadcaster's possessive, an aside) look like.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_LAST_TURN = lazy_pattern(
    r"\b(?:last|most[ ]recently)[ ](?:appeared|seen|starred|played|featured|performed|"
    r"co-starred|turned[ ]up|popped[ ]up|on[ ]screen)\b"
)
"""The latest turn: "last appeared", "was last seen", "most recently starred"."""


def last_turn(lead: str) -> bool:
    """Whether ``lead`` (the words between an actor and the casting word) tells the actor's
    latest earlier turn: the part after it is that turn's, not this production's."""
    return _LAST_TURN.search(lead) is not None
