"""A sentence that renews a show for a further season ("The Brine Road has been recommissioned
for a third series", "Channel 9's Tavy Reach has been renewed for season four"): the shoot or
date the next sentence gives without naming its work ("Filming will begin in May.") is that
season's, never the article's film."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.release_parts import other_season

_RENEWED = re.compile(
    r"\b(?:has|have)[ ](?:now[ ]|officially[ ])?been[ ](?:renewed|recommissioned|commissioned|"
    r"picked[ ]up)[ ]for[ ]"
)


def renews_a_season(chunk: str, context: Context) -> bool:
    """The sentence renews a show for a season that is not the article's own."""
    renewal = _RENEWED.search(chunk)
    return renewal is not None and other_season(chunk[renewal.start() :], context)
