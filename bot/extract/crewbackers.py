"""A name added with "with" that takes an act of its own: "with Screen Fund backing the project"."""

from __future__ import annotations

import re

_OWN_ACT = re.compile(r"[ ](?!(?:co-|exec(?:utive)?[ ])?produc)[a-z][a-z-]+ing\b")
"""A gerund right after the names that is no producing: "backing", "financing", "distributing"."""


def own_act(chunk: str, end: int) -> bool:
    """Whether the names ending at ``end`` do something of their own, not produce: "X produces,
    with Northfield Screen financing" (the financier is no producer, and maybe no person)."""
    return "ing" in chunk[end : end + 30] and _OWN_ACT.match(chunk, end) is not None
