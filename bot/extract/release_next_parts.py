"""A part someone is to play in another work, told in a clause after the work's name: "Next, he
heads to ‘Thornmere’, in which he will play a lighthouse keeper; filming on that begins in July."
or "After that comes Pellham Road, in which she is set to play a barrister"; or a profile's
next work named in quotation marks or after a work noun ("Next up is ‘Thornmere’, a coastal
drama, in which he plays ...", "Next comes the Welsh-language feature Pellham Road"). The
sentence is about that work, so its shoot and times (and those of the sentences carrying on
from it: "Filming begins in July.") are that work's, not ours."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.lazy_patterns import lazy_pattern

_PART_IN = lazy_pattern(
    r"(?P<name>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and|in|on|at|to|a|an)){0,5})"
    r"[”\"’']?,[ ]in[ ]which[ ](?:he|she|they|[A-Z][\w’'-]*)[ ]"
    r"(?:will|(?:is|are)[ ](?:set[ ]|due[ ]|going[ ])?to|(?:is|are)[ ]about[ ]to)[ ]"
    r"(?:play|star|appear|lead|take[ ]on)\b"
)
"""A work's name, then "in which she will play ...", "in which he is set to star ..."."""
_WORK_NOUN = r"(?:film|feature|drama|series|thriller|comedy|movie|documentary|play|project)"
_NEXT_WORK = lazy_pattern(
    r"^[ “\"]*(?:Next(?:[ ]up)?|Up[ ]next|After[ ]that)[ ](?:is|comes)[ ]"
    rf"(?:[^,;:‘“\"']{{0,60}}?[ ])?(?:[‘“\"'](?=[A-Z])|{_WORK_NOUN}[ ])"
    r"(?P<name>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and|in|on|at|to|a|an)){0,5})"
    r"(?![\w’'-])"
)
"""A profile's next work: "Next up is ‘Thornmere’", "Next comes the feature Pellham Road"."""


def plays_next_elsewhere(chunk: str, context: Context) -> bool:
    """The sentence tells a part to come in a named work that is not the article's own."""
    upcoming = _NEXT_WORK.match(chunk) if chunk.lstrip(' “"').startswith(_LEADS) else None
    if upcoming is not None and _other(upcoming["name"], context):
        return True
    if " in which " not in chunk:
        return False
    for match in _PART_IN.finditer(chunk):
        name = re.sub(r"(?:[ ](?:of|the|and|in|on|at|to|a|an))+$", "", match["name"])
        if not context.is_known(name) and not context.is_ours(name):
            return True
    return False


_LEADS = ("Next ", "Up next ", "After that ")


def _other(name: str, context: Context) -> bool:
    """``name`` (its trailing small words cut) is neither known nor ours."""
    if name.endswith(("’s", "'s")):
        return False  # "Next up is Netflix's ...": an owner, not a work
    name = re.sub(r"(?:[ ](?:of|the|and|in|on|at|to|a|an))+$", "", name.rstrip("’'"))
    return not context.is_known(name) and not context.is_ours(name)
