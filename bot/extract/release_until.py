"""A time the sentence runs something up to ("until"), which only a denied release turns into
the time it comes out: "will not be released until 2027" is the release's, but "the shoot runs
until November" and "the crew is filming in Dorset until the end of June" or "until mid-May"
only schedule a shoot still going (no wrap, no plan of one); "is due to shoot until mid-May"
is still a planned shoot. The window may carry the "until"
itself ("until November") or follow it ("until late June").
"""

from __future__ import annotations

import re

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.release_words import FILMING_NOUN

_NOT_UNTIL = lazy_pattern(
    r"(?:\bnot|n['’]t|\bnever)[ ](?:(?:now|yet|be|been|go|get)[ ]){0,2}(?:out|released|available|"
    r"arrive|land|premiere|open|debut|hit|drop|stream|air|launch)\w*(?:[ ]\w+){0,3}$"
)
"""A release denied up to a time: "will not now be released until 2027", "won't land until"."""
_UNTIL_BEFORE = lazy_pattern(r"[ ](?:until|till)$")
""""until" just before a window that does not hold it: "until the end of June", "until late May"."""
_TO_SHOOT = lazy_pattern(r"\bto[ ](?:shoot|film)\b")
"""A shoot still to come, told with its end ("is due to shoot until mid-June"): a plan, read on."""


def runs_until(match: re.Match[str], before: str, clause: str) -> bool:
    """The window ``match`` (``before`` it, in ``clause``) is only how long something runs."""
    told = _UNTIL_BEFORE.search(before)
    if (match["prep"] or match["prep2"] or "").lower() != "until" and told is None:
        return False
    lead = before[: told.start()] if told is not None else before
    if _TO_SHOOT.search(lead):
        return False
    return not _NOT_UNTIL.search(lead) or FILMING_NOUN.search(clause) is not None
