"""A song's release day, not the work's.

"Lumen confirmed the full track will be released on streaming platforms on 12 June", "The theme
tune, sung by the lead, will be released on 4 June", "the single drops in May": the release
verb's subject is a piece of music made for the work, so the time is the music's.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

OUT_VERB = (
    r"(?:will[ ](?:also[ ])?(?:be[ ](?:released|out|available)|arrive|drop|land|come[ ]out)|"
    r"(?:is|was)[ ](?:(?:also|now)[ ])?(?:released|out|due|set[ ]to[ ]be[ ]released)|"
    r"(?:arrives|drops|lands|comes[ ]out|gets[ ]its[ ]release))\b"
)
"""A release verb told of a piece of music: "will be released", "is out", "drops" (a string
to join, unlike the pattern :data:`bot.extract.release_words.RELEASE_VERB`)."""

_SONG_OUT = lazy_pattern(
    r"\b(?:song|track|single|theme[ ]tune|theme[ ]song|EP)(?:[ ]itself)?(?:,[^,.;]{1,60},)?[ ]"
    + OUT_VERB
)
"""A piece of music as the subject of a release verb, an aside between them or none."""
_AS_A_SINGLE = lazy_pattern(
    r"\b(?:released|out|issued|available)[ ]as[ ]an?[ ](?:digital[ ]|standalone[ ])?"
    r"(?:single|EP|download|7-inch|double[ ]A-side)\b"
)
"""Released as a single: only a piece of music comes out so, whatever "it" stands for."""


def song_released(clause: str) -> bool:
    """The ``clause`` before a time releases a song, not the work."""
    return _SONG_OUT.search(clause) is not None or _AS_A_SINGLE.search(clause) is not None
