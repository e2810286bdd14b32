"""A surname with an earlier work in brackets before a casting verb, for :mod:`.castforms`.

Trade copy names a lead by surname once the lede has given the full name, and brackets the work
they are known for: "Penn (Gullmoor) will play DS Kay Lark" (invented). The bracket is no part
of hers and no actor: the verb's own form gives Penn her part. A part never plays anyone, so a
one-word name before "plays" is the actor; a full name in the bracket ("Mira (Ada Vale) plays
opposite") is still read as the bracket's pair.
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_PLAYS_AFTER = lazy_pattern(
    r",?[ ](?:(?:will|is|are|has|been|set|to|now|also|officially|reportedly|going)[ ]){0,4}"
    r"(?:play|plays|playing|portray|portrays|portraying|stars[ ]as|will[ ]star[ ]as)[ ]"
)
"""The casting verb right after the bracket: " will play ", " is set to play ", " stars as "."""
_NO_NEW_PART = lazy_pattern(r"(?:an?|the|her|his|their)[ ](?:[a-z-]+[ ]){0,2}?(?:part|role)s?\b")
"""A verb whose object is "part" or "role" itself ("Mira (Vale) will play a bigger part in
season two"): it names no new part, so the bracket holds the actor, not an earlier work."""


def surname_before_play(outer: str, match: re.Match[str], chunk: str) -> bool:
    """Whether the bracket pair ``match`` is a lone surname (``outer``) with a one-word work in
    its brackets, right before the verb that casts the surname."""
    inner = match["actor"]
    if " " in outer or " " in inner or outer != match["char"]:
        return False
    verb = _PLAYS_AFTER.match(chunk, match.end())
    return verb is not None and _NO_NEW_PART.match(chunk, verb.end()) is None
