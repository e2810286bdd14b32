"""A part the actor played since, or comes fresh from, for :mod:`bot.extract.cast`.

Profiles and tabloids set the actor's other credits beside the article's work: "Ada Vale, who
has since appeared in Brightway's Marram as Finch, signed autographs", "Vale is fresh from
playing Mira in Marram" (invented). Like "also played" or "known for playing"
(:func:`~bot.extract.context.mentions_past_role`), the words before the part tell another work's
role, not one in the article's production; "has since" carried on "in both seasons" (or every
episode) is the part in the article's own show.
"""

from __future__ import annotations

import re

from bot.extract.context import mentions_past_role

_SINCE_OR_FRESH = re.compile(
    r"\b(?:(?:has|have|had)[ ]since|fresh[ ]from)[ ](?:\w+[ ]){0,2}?"
    r"(?:played|starred|appeared|portrayed|voiced|playing|starring|appearing)\b"
)


_OUR_SEASONS = re.compile(
    r"[ ,]*in[ ](?:both|all|every|each|the|this|its|later)[ ](?:[\w-]+[ ]){0,2}?"
    r"(?:seasons?|series|episodes?|run)\b(?![ ]of\b)"
)
"""A part carried through the seasons of the article's own show: "has since starred as Jonah in
both seasons" (a returning-season piece), not "in the first series of Marram"."""


def another_works_role(lead: str, after: str = "") -> bool:
    """Whether the words leading to a part (``after`` it, the sentence's rest) tell a role in
    some other work."""
    if mentions_past_role(lead):
        return True
    since = _SINCE_OR_FRESH.search(lead)
    return since is not None and not ("since" in since[0] and _OUR_SEASONS.match(after) is not None)
