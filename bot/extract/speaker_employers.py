"""A press release's label line: a person, their job and their employer, then the quotation.

A release sets each quotation under a line of its own that names who speaks, their job and the
company they work for, with a colon ("Ada Vale, producer, Dun Reach Pictures:", "Ada Vale,
head of drama at Dun Reach:"). The label's subject is the person who opens it; the company
after the job is where they work, never the speaker of the words below.
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_JOB_WORD = r"(?:[a-z][\w’'-]*|[A-Z]{2,}|&)"
_LABEL = lazy_pattern(
    rf"[ “”\"]*(?P<name>{NAME}),[ ](?:{_JOB_WORD}(?:[ ]{_JOB_WORD}){{0,5}})"
    r"(?:,|[ ](?:at|of))[ ][A-Z][^,:;.!?“”\"]{1,60}?[ ]*:[ ]*"
)
"""A label line: the name, a comma, lower-case job words, then the employer and the colon."""


def labelled_person(chunk: str) -> tuple[int, str] | None:
    """The person ``chunk``, a label line (see above), names, and where: its one subject (not
    the job, "CEO", nor the employer); None if it is no label line."""
    if not chunk.rstrip().endswith(":"):
        return None
    label = _LABEL.fullmatch(chunk)
    return (label.start("name"), label["name"]) if label is not None else None
