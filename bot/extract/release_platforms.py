"""A home platform's later date after a cinema release in the same sentence: "is released in
cinemas on Friday, and will stream on Lumen from 27 November". The release is the cinema date;
the later one is the film's next window, not its release (the corpus's blind-28 and blind-32
conventions), so it is held. Cinema dates for different territories are releases, each. Cinema
showings told as one-off screenings ("for one night only", "fan screenings") are no release:
the platform's date after them is."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.cues import hint
from bot.extract.lexicon import WEEKDAY_NAME
from bot.facts import HELD, ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_CINEMA_HINT = hint("cinema", "theatre", "theater", "theatrical", "big screen")
_CINEMA = lazy_pattern(r"\b(?:cinemas?|theat(?:re|er)s|theatrical(?:ly)?|big[ ]screen)\b", re.I)
_HOME = lazy_pattern(
    r"\b(?:stream(?:s|ing)?|digital(?:ly)?|on[ ]demand|VOD|Blu-ray|DVD|home[ ](?:cinema|"
    r"entertainment|release|video)|rent(?:al)?|download)\b",
    re.I,
)
_WHEN = lazy_pattern(
    rf"\d|\b{WEEKDAY_NAME}\b|\b(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December|today|tomorrow)\b"
)
"""A time the cinema release is given in, between the cinemas and the platform."""
_ONE_OFF = lazy_pattern(
    r"\b(?:(?:for[ ])?one[- ]night(?:[ ]only)?|one-off|(?:fan|preview|special|event)"
    r"[ ]screenings?)\b",
    re.I,
)
"""Cinema showings told as one-off screenings ("played 80 cinemas for one night only", "fan
screenings in 60 cinemas"): an event before the release, so the platform's date is the release
(:func:`_one_off`)."""


def after_the_cinemas(fact: ReleaseFact | None, before: str) -> ReleaseFact | None:
    """The release ``fact``, held if the words before its date (``before``, the sentence up to
    it) give a cinema release with its own time, then a home platform for this date."""
    if fact is not None and fact.kind is ReleaseKind.PREMIERE_DATE and _later_platform(before):
        return replace(fact, confidence=HELD, doubt="a home platform's date after the cinemas'")
    return fact


def _later_platform(before: str) -> bool:
    if not _CINEMA_HINT.search(before):
        return False
    homes = list(_HOME.finditer(before))
    if not homes:
        return False
    home = homes[-1].start()
    cinemas = list(_CINEMA.finditer(before, 0, home))
    if not cinemas or _one_off(before, cinemas[0].start(), home):
        return False
    return _WHEN.search(before, cinemas[0].end(), home) is not None


def _one_off(before: str, cinema: int, home: int) -> bool:
    """The cinema showings at ``cinema`` are told as one-off screenings in their own clause
    ("had preview screenings in 40 cinemas on 6 October"); screenings in a clause of their own
    ("After preview screenings in April, it opens in cinemas on 3 May") precede a release."""
    start = max(before.rfind(",", 0, cinema), before.rfind(";", 0, cinema)) + 1
    ends = [at for at in (before.find(",", cinema, home), before.find(";", cinema, home)) if at > 0]
    return _ONE_OFF.search(before, start, min(ends, default=home)) is not None
