"""A window someone gives and then takes back in the same sentence: "a UK release in early 2027
— then corrected himself: “Sorry, early 2028.”" The speaker's correction stands: the one window
told after it replaces the window read before it; with none (or more than one) after it, the
fact is dropped, since the window read may be the one taken back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.extract.dates import WINDOW_RE, parse_window
from bot.facts import ReleaseFact
from bot.lazy_patterns import lazy_pattern

_CORRECTED_SELF = lazy_pattern(
    r"\b(?:corrected|correcting|corrects)[ ](?:himself|herself|themselves|themself|myself)\b"
)
"""A speaker correcting their own words: "then corrected himself", "correcting herself"."""


def self_corrected(fact: ReleaseFact, ref: dt.date | None) -> ReleaseFact | None:
    """``fact`` with the window its speaker corrected to, or None when the correction names no
    single window; facts from sentences without a self-correction (or without a window) as
    they are."""
    if not fact.window:
        return fact
    marker = _CORRECTED_SELF.search(fact.evidence)
    if marker is None:
        return fact
    after = {
        window
        for match in WINDOW_RE.finditer(fact.evidence, marker.end())
        if (window := parse_window(match, ref)) is not None
    }
    if len(after) != 1:
        return None
    return replace(fact, window=after.pop())
