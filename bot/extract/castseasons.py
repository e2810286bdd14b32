"""An earlier season of the production itself after a leaver's part: "X, who played Y in Season
1, has exited the series" left Y here, not a part in another work.

Read only when the sentence goes on to say the actor left: an earlier season named without a
title, with nothing after it but the clause's comma, is then this production's own.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_OWN_SEASON = lazy_pattern(
    r"[ ]in[ ](?:(?:the[ ])?(?:first|second|third|previous|last|earlier|opening|original)[ ]"
    r"(?:season|series)|(?:the[ ])?(?:[Ss]eason|[Ss]eries)[ ](?:\d{1,2}|one|two|three|four))"
    r"(?=,[ ])"
)
_LEFT = lazy_pattern(
    r"\b(?:has|have|had)[ ](?:now[ ]|since[ ]|officially[ ]|also[ ])?(?:exited|left|quit|"
    r"departed|stepped[ ](?:down|away)|been[ ]replaced|(?:dropped|pulled)[ ]out)\b|\bno[ ]longer\b"
)


def past_season_end(chunk: str, at: int) -> int:
    """Where the clause goes on after "in Season 1" (or "in the first series") at ``at``, when
    the sentence then says the actor left; ``at`` itself otherwise."""
    if not chunk.startswith(" in ", at):
        return at
    season = _OWN_SEASON.match(chunk, at)
    if season is None or _LEFT.search(chunk, season.end()) is None:
        return at
    return season.end()
