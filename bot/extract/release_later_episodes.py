"""A later episode's day, not the premiere.

A listing or a column dates one episode of a run: "the second episode of Marsh Lane, broadcast
last night", "Episode four of Marsh Lane airs on Sunday 19 April". The run began earlier; that
day is the episode's, never the release's. The first episode's day ("the opening episode airs on
5 April") is the premiere and is left alone; so is "the finale", which may be the film that
ends a series.
"""

from __future__ import annotations

from bot.extract.lexicon import ORDINAL_WORD
from bot.lazy_patterns import lazy_pattern

_ORDINAL = (
    rf"(?!first\b){ORDINAL_WORD}|penultimate|final|closing|next|following|(?:[2-9]|1\d)(?:nd|rd|th)"
)
"""Any episode after the first, in words or figures ("the second", "the 4th", "the final"), or
after one already out ("next episode, ‘X’, airs Sunday" under a thread on the first)."""
_NUMBER = r"two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d+"
_LATER_EPISODE = lazy_pattern(
    rf"\b(?:(?:{_ORDINAL})[ ](?:and[ ]final[ ])?episode|episode[ ](?:{_NUMBER}))\b"
    r"(?:[ ]of[ ][^,;:()]{1,50}?)?"
    r"(?:,?[ ][\"“‘'][^\"”’]{1,60}[\"”’])?"  # its own title: "episode two, “salt hours”,"
    r"(?:,[ ](?:which[ ])?|[ ])"
    r"(?:[a-z+]+,?[ ]){0,7}[a-z]+$"  # "will begin on bbc two and iplayer on"; "with x, is due"
)
"""A later episode as the clause's subject, then a few verb words up to the time: "the second
episode of Marsh Lane, broadcast", "Episode four of Marsh Lane airs on", "Episode three, ‘Tin
Gulls’, airs on", and a numbered one with an aside: "Episode 113, with a guest, is due"."""


def later_episode(clause: str) -> bool:
    """The ``clause`` up to a time dates a later episode of a run, not its first."""
    lower = clause.lower()
    return "episode" in lower and (_LATER_EPISODE.search(lower.rstrip()) is not None)
