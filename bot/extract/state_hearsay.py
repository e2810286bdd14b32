"""Hearsay of someone's state, for :mod:`bot.extract.attribution`: "Ada, who began as a model,
is said to be “thrilled”", "Ada is said by friends to be “crushed”", "is understood to be
“livid”": the words are whoever said so (often unnamed), never Ada's own."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_SAID_TO_BE = lazy_pattern(
    r"\b(?:is|are|was|were)[ ](?:said|reported|understood|thought|believed)"
    r"(?:[ ]by[ ](?:(?:(?:her|his|their|the|some|close|several|many|old|[a-z]+’s)[ ]){0,2}"
    r"[a-z]+s|(?:one|a|an|another)[ ](?:[a-z-]+[ ]){0,2}?[a-z-]+))?"
    r"[ ]to[ ](?:be|feel|have[ ]been)[ ]*$"
)
"""A state told as hearsay, by no one or by unnamed others: "is said to be", "is thought by
close friends to be", "is said by one insider to be"."""


def hearsay(pre: str) -> bool:
    """Whether ``pre`` (the words before a quote) ends on hearsay of someone's state."""
    return " to " in pre and _SAID_TO_BE.search(pre) is not None
