"""A date told of an event the sentence opens on, not of the release.

"There will be a gala premiere in Leeds before then, at the Grand Hall on Tuesday 8 April, but
for most viewers 11 April is the day": the event (a gala, a red carpet, a festival or preview
screening) is the clause's subject, named a comma or two before its day, so the rule that looks
only at the words just before the day misses it. Its day is the event's, up to a "but" or a
semicolon that turns back to the release.
"""

from __future__ import annotations

import re

_OPENER = re.compile(
    r"[ “\"]*(?:\w+[,:][ ])?(?:there|it)(?:[ ]will[ ]be|[ ]is|[’']s|[ ]was|[ ]has[ ]been)"
    r"[ ](?:also[ ])?an?[ ](?:[\w’'-]+[ ]){0,2}?(?:gala|red[- ]carpet|(?:preview|festival|charity|"
    r"fan|cast|press|advance)[ ]screening|(?:gala|london|world|uk|us|european|fan|cast|charity|"
    r"red[- ]carpet)[ ]premiere)s?\b",
    re.IGNORECASE,
)
_TURN = re.compile(r"[ ]but[ ]|;|[ ][–—][ ]")


def event_opened(chunk: str, start: int) -> bool:
    """The time at ``start`` belongs to the event the sentence opens on."""
    opener = _OPENER.match(chunk)
    return opener is not None and _TURN.search(chunk, opener.end(), start) is None
