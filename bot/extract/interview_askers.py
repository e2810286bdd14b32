"""Who asks in an interview, for :mod:`bot.extract.text`: the labels that put a question
("COLLIDER: What drew you to it?"). A turn ending on a question right after another speaker's
question is an answer that ends on one of its own ("...and thought, where are they hiding
everything?"): that alone makes no one an interviewer."""

from __future__ import annotations

import re
from collections.abc import Sequence


def askers(labels: Sequence[re.Match[str] | None], asks: Sequence[bool]) -> set[str]:
    """The labels with a paragraph ending in a question mark (``asks``, one per paragraph, as
    ``labels``) that answers no question."""
    found: set[str] = set()
    asked_before = ""  # the label of the paragraph just before, if it ended on a question
    for label, question in zip(labels, asks, strict=True):
        name = label["label"] if label is not None else ""
        if name and question and asked_before in {"", name}:
            found.add(name)
        asked_before = name if question and name else ""
    return found
