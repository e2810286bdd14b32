"""A day set for the release by the one who releases it: "The streamer has set Friday 9 May for
Copper Lantern", "has set 9 May for the UK and Ireland", "has finally set Friday 9 May as the
release date for Copper Lantern". The verb stands before the day and what the day is for after
it; a day set for anything else ("has set 3 March for the start of filming", "for a cast
read-through", "for the film's table read", "for the launch of its app") is no release, nor is
a day set for another work or for a place's shoot ("for Salt Harbour, its own drama", "for
Skerrow location filming")."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.organisations import TERRITORY_CODES
from bot.lazy_patterns import lazy_pattern

_SET = lazy_pattern(r"\b(?:has|have)[ ](?:now[ ]|finally[ ]|officially[ ])?set$")
_ENDS = r"(?=[,.;:!?)]|$|[ ](?:on|in|across|worldwide|globally|and|from|to)\b)"
"""What the day is set for ends there: no possessive, no "of", no noun after it."""
_FOR_RELEASE = lazy_pattern(
    r"[ ](?:as[ ](?:the|its|their)[ ](?:release|premiere|launch|streaming)[ ]date\b"
    rf"|for[ ](?:the[ ])?(?P<name>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){{0,3}}){_ENDS}"
    r"|for[ ](?:its|the|their)[ ](?:[\w’'-]+[ ]){0,2}?(?:film|movie|series|show|finale|season|"
    rf"feature|release|launch|debut|return){_ENDS})"
)


def set_for_release(chunk: str, before: str, end: int, context: Context) -> bool:
    """The words ``before`` a day set it, and the words after it (from ``end``) set it for the
    work (the article’s own or the headline’s, or a market) or its release."""
    if _SET.search(before) is None:
        return False
    found = _FOR_RELEASE.match(chunk, end)
    if found is None:
        return False
    name = found["name"]
    return name is None or context.is_known(name) or name.split()[0] in TERRITORY_CODES
