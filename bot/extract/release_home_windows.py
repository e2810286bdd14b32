"""A home platform's later date or window after the film has opened in cinemas, told in another
sentence: "It opened in UK cinemas on 24 October." ... "It arrives on a streaming service on 6
March." The cinema opening is the release (the corpus convention :mod:`.release_platforms`
keeps within one sentence); the later home date is the film's next window, so it is held, not
served as the release."""

from __future__ import annotations

import datetime as dt

from bot.extract.release_platforms import CINEMA, HOME
from bot.facts import ReleaseFact, ReleaseKind, held

_DOUBT = "a home platform's date after the cinema opening"


def later_home_windows(release: list[ReleaseFact]) -> list[ReleaseFact]:
    """``release`` with each premiere date or window told of a home platform (streaming, digital,
    on demand) that starts after a served cinema opening (a sentence naming cinemas and no home
    platform) held back."""
    openings = [
        fact.date
        for fact in release
        if fact.kind is ReleaseKind.PREMIERE_DATE
        and fact.served
        and fact.date is not None
        and CINEMA.search(fact.evidence)
        and not HOME.search(fact.evidence)
    ]
    if not openings:
        return release
    first = min(openings)
    return [held(fact, _DOUBT) if _home_after(fact, first) else fact for fact in release]


def _home_after(fact: ReleaseFact, opening: dt.date) -> bool:
    """Whether ``fact`` is a home platform's date or window starting after ``opening``."""
    if not fact.served or HOME.search(fact.evidence) is None:
        return False
    if fact.kind is ReleaseKind.PREMIERE_DATE:
        return fact.date is not None and fact.date > opening
    if fact.kind is ReleaseKind.WINDOW and fact.window:
        start = fact.window.split("/")[0]  # "2027-01" of "2027-01/2027-04", or "2027"
        month = int(start[5:7]) if len(start) > 4 else 1
        return (int(start[:4]), month) > (opening.year, opening.month)
    return False
