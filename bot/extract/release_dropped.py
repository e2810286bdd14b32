"""A date or window the sentence then calls given up: "the Christmas 2027 release the studio was
hoping for is almost certainly off the table", "a spring launch is no longer on the cards"."""

from __future__ import annotations

import re

_DROPPED = re.compile(
    r"\b(?:off[ ]the[ ](?:table|cards)|no[ ]longer[ ](?:happening|on[ ]the[ ]cards|going[ ]ahead))"
)
_TURN = re.compile(r"\b(?:now|instead|but|will)|;")
"""Words between the date and the verdict that turn to another plan."""


def dropped_plan(chunk: str, end: int) -> bool:
    """The words after the date or window at ``end`` say it is off: the plan was given up."""
    if "off the " not in chunk and "no longer" not in chunk:
        return False
    verdict = _DROPPED.search(chunk, end)
    return verdict is not None and _TURN.search(chunk, end, verdict.start()) is None
