"""A guide's entry that opens with a work's title and its channel in brackets.

What-to-watch guides give each work an entry: "Pebble Street (Apple TV+) – the whole run is out
now, after its finale landed on 3 April", "Night Shift Blues (ITV1, Sunday 9pm): it begins on
12 April". When the title is neither ours nor in the headline, the entry's times are that
work's, not the production the guide leads with.
"""

from __future__ import annotations

import re

from bot.extract.context import Context

_ENTRY = re.compile(
    r"[ “\"]*(?P<title>[A-Z][\w’'&+-]*(?:[ ](?:[A-Z][\w’'&+-]*|of|and|the|in|on|a))*)"
    r"[ ]\([^()]{1,40}\)[ ]?(?:[–—:-]|[ ][–—-])[ ]"
)
"""A capitalised title, a bracket (its channel, perhaps its slot), then a dash or colon; never a
dateline or label in capitals ("LONDON (PA) –", "LATEST (4pm):")."""


def another_entry(chunk: str, context: Context) -> bool:
    """The sentence opens a guide's entry for a work that is not ours."""
    entry = _ENTRY.match(chunk)
    if entry is None or entry["title"].isupper():
        return False  # "LONDON (PA) –", "LATEST (4pm):": a dateline or a label, not a work
    return not context.is_known(entry["title"])
