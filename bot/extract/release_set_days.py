"""A day set for the release by the one who releases it: "The streamer has set Friday 9 May for
Copper Lantern", "has set 9 May for the UK and Ireland", "has finally set Friday 9 May as the
release date for Copper Lantern". The verb stands before the day and what the day is for after
it; a day set for anything else ("has set 3 March for the start of filming", "for a cast
read-through") is no release."""

from __future__ import annotations

import re

_SET = re.compile(r"\b(?:has|have)[ ](?:now[ ]|finally[ ]|officially[ ])?set$")
_FOR_RELEASE = re.compile(
    r"[ ](?:as[ ](?:the|its|their)[ ](?:release|premiere|launch|streaming)[ ]date\b"
    r"|for[ ](?:the[ ])?[A-Z]"
    r"|for[ ](?:its|the|their)[ ](?:[\w-]+[ ]){0,2}?(?:film|movie|series|show|finale|season|"
    r"feature|release|launch|debut|return)\b)"
)


def set_for_release(chunk: str, before: str, end: int) -> bool:
    """The words ``before`` a day set it, and the words after it (from ``end``) set it for the
    work or its release."""
    return _SET.search(before) is not None and _FOR_RELEASE.match(chunk, end) is not None
