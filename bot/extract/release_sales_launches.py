"""The film's sales launched to buyers, told with a time: a trade event, not the release.

"International sales will be launched at the market in February" dates the sales, not the film,
and "is launching the project to buyers in February" the trade's first look (invented examples);
a release verb of the film's after the launch takes the time back.
"""

from __future__ import annotations

import re

from bot.extract.release_words import RELEASE_VERB
from bot.lazy_patterns import lazy_pattern

_SALES = lazy_pattern(
    r"\b(?:pre-?)?sales[ ](?:(?:will|are|is|were|was|to|should|would|could|may|might|have|has|"
    r"had|set[ ]to|due[ ]to)[ ](?:(?:be|been|now|officially|formally)[ ])*)?"
    r"(?:launch|open|start|begin|kick)\w*"
    r"|\b(?:launch|open|start|begin|kick)\w*[ ](?:off[ ])?(?:(?:the|its|their)[ ])?"
    r"(?:(?:international|worldwide|world|global|foreign|overseas)[ ])?(?:pre-?)?sales\b",
    re.IGNORECASE,
)
"""The film's sales to buyers as what is launched: "international sales will be launched at the
European Film Market in February", "will launch sales at the market": a trade event, not the
release."""


_TO_BUYERS = lazy_pattern(
    r"\b(?:launch|shop|pitch|present|introduc|tak)\w*[ ](?:(?:the|its|their|this)[ ])?"
    r"(?:[\w’'-]+[ ]){0,2}?to[ ](?:(?:international|global|foreign|overseas|potential|"
    r"prospective|key)[ ])?(?:buyers|distributors)\b",
    re.IGNORECASE,
)
"""The film itself launched to the trade: "is launching the project to buyers at the market in
February", "will present the film to distributors in May": a sale, not the release."""


def last_is(words: re.Pattern[str], before: str) -> bool:
    """The nearest release-like verb before the time is one of ``words`` (a habit's release,
    a launch of the film's sales): no release verb of the film's follows their last match."""
    found = [m.end() for m in words.finditer(before)]
    return bool(found) and RELEASE_VERB.search(before, found[-1]) is None


def sales_launched(before: str, clause: str) -> bool:
    """The nearest release-like verb before the time (in its few words ``before``, or its
    ``clause``) launches the film's sales."""
    if ("ales" in clause and last_is(_SALES, clause)) or (
        "ales" in before and last_is(_SALES, before)
    ):
        return True
    return (" buyers" in clause or " distributors" in clause) and last_is(_TO_BUYERS, clause)
