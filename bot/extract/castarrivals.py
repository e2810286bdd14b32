"""A pair that follows someone in on a red carpet, for :mod:`bot.extract.castlistshapes`.

A live blog writes "Ada Vale has arrived in green, with Tom Reed (Kit Marlow) close behind" or
"Ada Vale walks in, with Tom Reed (Kit Marlow) in tow": the one who follows an arrival is a
guest, so the name outside the bracket is the actor, though "with" reads like story prose.
"""

from __future__ import annotations

from bot.extract.castforms import Casting
from bot.lazy_patterns import lazy_pattern

_ARRIVED = lazy_pattern(
    r"\b(?:arriv(?:es|ed|ing)|walk(?:s|ed)[ ](?:in|up)|step(?:s|ped)[ ](?:out|in)|"
    r"(?:is|are)[ ]here|(?:hit|hits|on)[ ]the[ ](?:red[ ])?carpet)\b[^.!?;:\n]{0,80},[ ]with[ ]$"
)
_BEHIND = lazy_pattern(
    r"[ ](?:(?:close|closely|just|right|not[ ]far|hot|a[ ]step|moments|seconds)[ ])?"
    r"(?:behind|in[ ]tow|following|on[ ](?:her|his|their)[ ]heels)\b"
)


def follows_arrival(pair: Casting, text: str) -> bool:
    """The lone pair ``pair`` follows someone's arrival ("..., with X (Y) close behind")."""
    led = _ARRIVED.search(text, max(pair.start - 140, 0), pair.start) is not None
    return led and _BEHIND.match(text, pair.end) is not None
