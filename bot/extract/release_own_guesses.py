"""The writer's own guess told after the time, in the same sentence: "so a spring 2027 release
would fit the pattern, though that is our guess", "a March launch, if the pattern holds", "an
autumn bow seems right to us (our best guess)". The time is the article's reckoning, not the
makers' word, so it is served hedged. A guess of the film's reception with the time in a clause
under it ("I suspect fans will weep when it streams from 8 May") is held."""

from __future__ import annotations

from dataclasses import replace

from bot.facts import HELD, ReleaseFact
from bot.lazy_patterns import lazy_pattern

_OWN_GUESS = lazy_pattern(
    r"[^.;!?]{0,80}?(?:\b(?:that|this)(?:[ ]is|['’]s)[ ](?:only[ ]|just[ ]|purely[ ])?"
    r"(?:our|my)[ ](?:own[ ])?(?:best[ ])?(?:guess|estimate|reckoning|bet)\b"
    r"|\((?:our|my)[ ](?:best[ ])?guess\)|\bwould[ ](?:fit|match|follow)[ ]the[ ]pattern\b"
    r"|\bif[ ]the[ ]pattern[ ](?:holds|continues)\b)"
)


_LATER_GUESS = lazy_pattern(
    r"(?:,[ ](?:and|but|though)|[ ][-–—])[ ](?:(?:we|I)(?:['’]d|[ ]would)?[ ](?:bet|wager|"
    r"put[ ](?:our|my)[ ]money|reckon|guess|suspect)|(?:our|my)[ ]money(?:[ ]is|['’]s)[ ]on)\b"
)
"""A guess in a later clause of its own: "the film will arrive in 2026, and we'd bet on the
summer - but that's our guess". The hedge after it is that guess's, not the time before it."""


def own_guess(chunk: str, end: int) -> bool:
    """The rest of the time's sentence says it is the writer's guess (and no guess of its own
    in a later clause stands between)."""
    match = _OWN_GUESS.match(chunk, end)
    return match is not None and _LATER_GUESS.search(chunk[end : match.end()]) is None


_GUESSER = lazy_pattern(r"(?:[Ww]e|I)[ ](?:reckon|suspect|think|guess)$")
_RECEPTION_WHEN = lazy_pattern(
    r"[ ][^.;!?]*?\b(?:will|would|should|are[ ]going[ ]to|is[ ]going[ ]to)[ ][^.;!?]*?\b"
    r"(?:when|once|after)[ ](?:it|the[ ](?:film|movie|series|show))[ ](?:finally[ ])?"
    r"(?:streams|arrives|lands|opens|premieres|debuts|airs|drops|hits|comes[ ]out|is[ ]released)"
    r"\b"
)
"""A first-person guess of how the film will be received, the release in a clause under it:
"I suspect viewers will weep when it streams from 8 May", "we reckon fans will lap it up once it
lands on 3 June". The guess is of the reception; the time it names is the reviewer's aside."""


def guessed_over(fact: ReleaseFact, lead: str, between: str) -> ReleaseFact:
    """``fact`` held when the hedge ``lead`` is the writer guessing the film's reception and
    the time sits in a "when it streams" clause under the guess; else ``fact`` as it is."""
    if _GUESSER.search(lead) is None or _RECEPTION_WHEN.match(between) is None:
        return fact
    # Held and not hedged: a hedged copy would hedge the plain date told elsewhere as well.
    return replace(fact, hedged=False, confidence=HELD, doubt="a guess of the reception")
