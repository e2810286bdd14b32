"""A shoot verb already given its time: in "a shoot that began in early June, and the campus
scenes, saved for the summer holidays, ...", "began" takes "early June"; a later time in the
sentence, with no shoot verb of its own, is no second start or wrap (set reports, features)."""

from __future__ import annotations

import re

from bot.extract.release_words import STARTED, WRAPPED
from bot.facts import SHOOT_KINDS, ReleaseFact


def verb_spent(chunk: str, earlier: list[re.Match[str]], start: int, fact: ReleaseFact) -> bool:
    """A shoot fact whose nearest shoot verb before ``start`` comes before an earlier time."""
    if fact.kind not in SHOOT_KINDS or not earlier:
        return False
    verbs = [m.end() for m in STARTED.finditer(chunk, 0, start)]
    verbs += [m.end() for m in WRAPPED.finditer(chunk, 0, start)]
    return bool(verbs) and max(verbs) <= earlier[-1].start()
