"""A shoot told as going on: "Filming, which began in June, continues in Leeds this month
before wrapping in September". A month after "continues" is neither when the shoot began (that
verb is the earlier clause's) nor a wrap that has happened (the end is still to come).
"""

from __future__ import annotations

import re

from bot.extract.release_words import STARTED, WRAPPED

_ONGOING = re.compile(
    r"\b(?:continues|continue|is[ ]continuing|are[ ]continuing|carries[ ]on|goes[ ]on|"
    r"runs[ ]on|rolls[ ]on|resumes)\b"
)


def goes_on(before: str) -> bool:
    """The words before a month tell the shoot going on after any start or wrap they name."""
    if "continu" not in before and " on" not in before and "resumes" not in before:
        return False
    ongoing = [m.start() for m in _ONGOING.finditer(before)]
    if not ongoing:
        return False
    states = [m.start() for m in STARTED.finditer(before)]
    states += [m.start() for m in WRAPPED.finditer(before)]
    return not states or ongoing[-1] > max(states)
