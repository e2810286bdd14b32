"""Words just before a newsletter item's name that make it a channel's work, for
:mod:`bot.extract.page_others`.

A channel or streamer owns works, not parts: its possessive ("Prime Video’s Gorse Hollow") or
its renewing ("BBC Scotland has renewed The Drumlin Caper for a third series", "Sky renews
Pewter Lane", "ITV has recommissioned Marrowgate"; invented examples) sets the name after it as
a work. An item whose first paragraph so sets its heading's name is that work's to its end: its
cast, creator and planned shoot are not ours.
"""

from __future__ import annotations

from bot.extract.lexicon import CHANNEL
from bot.lazy_patterns import lazy_pattern

CHANNEL_OWNED = lazy_pattern(
    rf"\b{CHANNEL}(?:[ ][A-Z0-9][\w+]*){{0,2}}(?:[’']s[ ]|[ ](?:has[ ])?(?:re(?:newed|news)|"
    r"recommissioned|recommissions)[ ])[“‘\"']?$"
)
"""A channel's possessive or its renewing just before a work's name: "Prime Video’s ", "BBC
Scotland has renewed " (not "Ada Vale’s ": that may be her part's). Only in an item whose
paragraph names none of ours: "Netflix’s Lumen film is now called ..." under "2. LUMEN: THE
LAST TIDE" is ours."""
