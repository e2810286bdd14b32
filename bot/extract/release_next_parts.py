"""A part someone is to play in another work, told in a clause after the work's name: "Next, he
heads to ‘Thornmere’, in which he will play a lighthouse keeper; filming on that begins in July."
or "After that comes Pellham Road, in which she is set to play a barrister". The sentence is
about that work, so its shoot and times are that work's, not ours."""

from __future__ import annotations

import re

from bot.extract.context import Context

_PART_IN = re.compile(
    r"(?P<name>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and|in|on|at|to|a|an)){0,5})"
    r"[”\"’']?,[ ]in[ ]which[ ](?:he|she|they|[A-Z][\w’'-]*)[ ]"
    r"(?:will|(?:is|are)[ ](?:set[ ]|due[ ]|going[ ])?to|(?:is|are)[ ]about[ ]to)[ ]"
    r"(?:play|star|appear|lead|take[ ]on)\b"
)
"""A work's name, then "in which she will play ...", "in which he is set to star ..."."""


def plays_next_elsewhere(chunk: str, context: Context) -> bool:
    """The sentence tells a part to come in a named work that is not the article's own."""
    if " in which " not in chunk:
        return False
    for match in _PART_IN.finditer(chunk):
        name = re.sub(r"(?:[ ](?:of|the|and|in|on|at|to|a|an))+$", "", match["name"])
        if not context.is_known(name) and not context.is_ours(name):
            return True
    return False
