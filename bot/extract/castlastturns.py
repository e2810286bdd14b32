"""A part the actor last played, for :mod:`bot.extract.castnotparts`.

"Vale, who grew up in Hull, last appeared as Mira in the Fringe hit Lumen" or "Vale, who most
recently starred in Channel 5's Lumen as Mira" (invented): "last" or "most recently" before a
verb of appearing tells the actor's latest turn before this one, another work's part, whatever
the words after the verb ("in Lumen", a broadcaster's possessive, an aside) look like. A turn
told in the article's own work ("who last starred in Brass Lamps as Ned", back for more) is
this production's part and stays (the headline's work counts as ours).
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME

_LAST_TURN = lazy_pattern(
    r"\b(?:last|most[ ]recently)[ ](?:appeared|seen|starred|played|featured|performed|"
    r"co-starred|turned[ ]up|popped[ ]up|on[ ]screen)\b"
)
"""The latest turn: "last appeared", "was last seen", "most recently starred"."""
_IN_WORK = lazy_pattern(rf"\b(?:in|on)[ ](?:the[ ])?[“\"‘']?(?P<work>{NAME})")
"""A work the lead names: "in Lumen", "in The Brass Lamps"."""


def last_turn(lead: str, context: Context) -> bool:
    """Whether ``lead`` (the words between an actor and the casting word) tells the actor's
    latest earlier turn in another work: the part after it is that turn's, not this
    production's."""
    if _LAST_TURN.search(lead) is None:
        return False
    return not any(context.is_known(m["work"]) for m in _IN_WORK.finditer(lead))
