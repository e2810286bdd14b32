"""The writer's own guess told after the time, in the same sentence: "so a spring 2027 release
would fit the pattern, though that is our guess", "a March launch, if the pattern holds", "an
autumn bow seems right to us (our best guess)". The time is the article's reckoning, not the
makers' word, so it is served hedged."""

from __future__ import annotations

import re

_OWN_GUESS = re.compile(
    r"[^.;!?]{0,80}?(?:\b(?:that|this)(?:[ ]is|['’]s)[ ](?:only[ ]|just[ ]|purely[ ])?"
    r"(?:our|my)[ ](?:own[ ])?(?:best[ ])?(?:guess|estimate|reckoning|bet)\b"
    r"|\((?:our|my)[ ](?:best[ ])?guess\)|\bwould[ ](?:fit|match|follow)[ ]the[ ]pattern\b"
    r"|\bif[ ]the[ ]pattern[ ](?:holds|continues)\b)"
)


def own_guess(chunk: str, end: int) -> bool:
    """The rest of the time's sentence says it is the writer's guess."""
    return _OWN_GUESS.match(chunk, end) is not None
