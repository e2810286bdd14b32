"""Speculation that stops at a reason clause: "spring is rumoured, since filming wrapped in
September" guesses the release but tells the shoot's end as fact. A time after the reason's
conjunction ("since", "because", "given that") is read like any other; a time inside the
speculating clause itself ("rumoured to land in May") is still a guess and set aside. So is a
time fans settle on ("fan accounts are already circling “autumn 2026”", "viewers are betting on
May"): the fans' guess, whoever's word the sentence began with.
"""

from __future__ import annotations

from bot.extract.release_words import SPECULATION
from bot.lazy_patterns import lazy_pattern

_REASON = lazy_pattern(
    r"(?:[,;]?[ ]because|(?:[,;]|[ ][—–])[ ](?:since|because|given[ ]that|seeing[ ]that))[ ]"
    r"(?!of\b)"
)
"""A reason clause after the guess: what follows is the writer's ground, told as fact. "Because"
needs no comma; "since" does ("rumoured since June" is a time, not a reason)."""
_RESUMED = lazy_pattern(r",[ ]that\b")
"""A reason set in the middle of the guess ("It is rumoured, because the cast are free, that it
lands on 9 May"): after it the guess's own clause goes on."""


_FANS_GUESS = lazy_pattern(
    r"\b(?i:fans?|fan[ ]accounts?|fandom|viewers|forums?|redditors|subreddits?|the[ ]internet)"
    r"[ ](?:[\w’'-]+[ ]){0,3}?(?:circling|tipping|betting[ ]on|banking[ ]on|pointing[ ]to|"
    r"plumping[ ]for|pinning[ ](?:their[ ])?hopes[ ]on|settling[ ]on|zeroing[ ]in[ ]on)\b"
)
"""Fans settling on a time: "fan accounts are already circling", "viewers are betting on"."""


def speculated(chunk: str, start: int) -> bool:
    """A speculation word (or fans' settling on a time) comes before ``start`` with no reason
    clause between them."""
    ends = [
        found.end()
        for pattern in (SPECULATION, _FANS_GUESS)
        for found in pattern.finditer(chunk, 0, start)
    ]
    if not ends:
        return False
    reason = _REASON.search(chunk, max(ends), start)
    return reason is None or _RESUMED.search(chunk, reason.end(), start) is not None
