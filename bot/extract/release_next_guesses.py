"""A time told plainly that only the next sentence calls the writer's guess: "Our money is on an
autumn 2026 launch. That's a guess, not a scoop." / "It arrives in October. That is only our
hunch." The time is the article's reckoning, not the makers' word: it is served hedged. A time
whose own sentence already hedges it ("We think it will arrive in October.") is left as it is.
A guessed window that starts after the day the article gives the release ("It opens in cinemas
on 2 October. ... which would point to mid-November. That's our guess.") is a later step's, a
second platform's, not the release: held. A guess told inside the time's own sentence, after it
and with a time of its own ("The press release says 2027, and one fan reckons that means
January. That's a guess."), is what the next sentence calls a guess: the time before it stays
plain."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.extract.lexicon import MONTH_PATTERN, SEASON_NAME
from bot.extract.release_checks import comes_after
from bot.facts import ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_GUESS_NEXT = lazy_pattern(
    r"[ “\"]*(?:That|This|It)(?:[ ]is|['’]s|[ ]was)[ ](?:only[ ]|just[ ]|purely[ ]|merely[ ])?"
    r"(?:a|an|our|my)[ ](?:own[ ])?(?:best[ ]|educated[ ]|informed[ ]|wild[ ])?"
    r"(?:guess|hunch|estimate|prediction)\b"
)
_GUESSED_AFTER = lazy_pattern(
    r"\b(?:reckons?|thinks?|guess(?:es)?|suspects?|bets?|predicts?|believes?)\b"
    rf"[^.;]*?\b(?:{MONTH_PATTERN}|{SEASON_NAME}|(?:19|20)\d{{2}})\b"
)
"""A guess with a time of its own: "reckons that means January"."""
_DATED = frozenset({ReleaseKind.PREMIERE_DATE, ReleaseKind.WINDOW, ReleaseKind.FILMING_PLANNED})


def guessed_next(text: str, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The facts, each time whose next sentence calls it a guess hedged, or held when it comes
    after the release's day (see above)."""
    days = [fact.date for fact in facts if _released_on(fact) and fact.date is not None]
    return [
        _guessed(fact, days)
        if fact.kind in _DATED and _next_guess(text, fact) and not _guess_after(fact)
        else fact
        for fact in facts
    ]


def _released_on(fact: ReleaseFact) -> bool:
    """The fact is a served, plain release day: what a later guess is told after."""
    return fact.kind is ReleaseKind.PREMIERE_DATE and fact.served and not fact.hedged


def _guessed(fact: ReleaseFact, days: list[dt.date]) -> ReleaseFact:
    """The fact hedged as the article's guess; held when it is a window after a release day
    (a later step guessed, not the release)."""
    if fact.window and any(comes_after(fact, day) for day in days):
        return held(replace(fact, hedged=True), "a guessed later step after the release's day")
    return fact if fact.hedged else replace(fact, hedged=True)


def _guess_after(fact: ReleaseFact) -> bool:
    """The fact's sentence goes on, after its year, to a guess with a time of its own."""
    year = (fact.window or (fact.date.isoformat() if fact.date else ""))[:4]
    at = fact.evidence.find(year) if year else -1
    return at >= 0 and _GUESSED_AFTER.search(fact.evidence, at + len(year)) is not None


def _next_guess(text: str, fact: ReleaseFact) -> bool:
    """The fact's sentence is followed straight away by the writer calling it a guess."""
    if not fact.evidence:
        return False
    at = text.find(fact.evidence)
    if at < 0:
        return False
    after = at + len(fact.evidence)
    return _GUESS_NEXT.match(text, after, after + 80) is not None
