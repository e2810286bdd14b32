"""A part the actor played since, or comes fresh from, for :mod:`bot.extract.cast`.

Profiles and tabloids set the actor's other credits beside the article's work: "Ada Vale, who
has since appeared in Brightway's Marram as Finch, signed autographs", "Vale is fresh from
playing Mira in Marram" (invented). Like "also played" or "known for playing"
(:func:`~bot.extract.context.mentions_past_role`), the words before the part tell another work's
role, not one in the article's production.
"""

from __future__ import annotations

import re

from bot.extract.context import mentions_past_role

_SINCE_OR_FRESH = re.compile(
    r"\b(?:(?:has|have|had)[ ]since|fresh[ ]from)[ ](?:\w+[ ]){0,2}?"
    r"(?:played|starred|appeared|portrayed|voiced|playing|starring|appearing)\b"
)


def another_works_role(lead: str) -> bool:
    """Whether the words leading to a part tell a role in some other work."""
    return mentions_past_role(lead) or _SINCE_OR_FRESH.search(lead) is not None
