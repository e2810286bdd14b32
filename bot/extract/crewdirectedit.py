"""A director told with "it" for the work: "X directed it and you can tell", for
:func:`bot.extract.crewpage.page_credits`.

"It" is the article's own work only when nothing near it is another: the sentence and the one
before (in the same paragraph) mention no other production, and the name opens the sentence
(or follows another job told the same way: "A wrote it, B directed it"); a time may follow the
"it" ("Y directed it last spring, on location", "Y directed it in 2024.").
"Her breakthrough was Lowland. Y directed it." names Lowland's director, and credits nothing.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.names import NAME
from bot.extract.text import Doc
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_OTHER_JOB_IT = (
    r"(?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}[ ](?:wrote|produced|scored|shot|edited|cut)"
    r"[ ]it(?:,[ ]|,?[ ]and[ ]))?"
)
"""Another job on the same "it" first: "A wrote it, B directed it" (B still directed it)."""
_WHEN = (
    r"(?:[ ](?:last|this)[ ](?:year|spring|summer|autumn|winter)"
    r"|[ ]in[ ](?:\d{4}|the[ ](?:spring|summer|autumn|winter)(?:[ ]of[ ]\d{4})?))?"
)
"""A time after the "it": "last summer", "in 2024", "in the spring of 2025"."""
_DIRECTED_IT = lazy_pattern(
    rf"{_OTHER_JOB_IT}(?P<name>{NAME})[ ](?:(?:also|co-)[ ]?)?directed[ ]it{_WHEN}"
    r"(?=[,.;]|[ ](?:and|with)[ ]|$)"
)
"""The credit, then the sentence's end or its next clause; a heading ends the line right after
the "it" ("7. A wrote it, B directed it")."""


def directed_it(doc: Doc, context: Context) -> list[tuple[str, CrewRole, str]]:
    """Each "X directed it" credit whose "it" can only be the article's own work."""
    if " directed it" not in doc.body:
        return []
    found: list[tuple[str, CrewRole, str]] = []
    previous = None
    for view in doc.views:
        span, before, previous = view.span, previous, view.span
        if " directed it" not in view.chunk or span.start in context.foreign:
            continue
        match = _DIRECTED_IT.match(view.chunk.lstrip())
        if match is None:
            continue
        if before is not None and before.para == span.para and before.start in context.foreign:
            continue
        found.append((match["name"], CrewRole.DIRECTOR, doc.text[span.start : span.end].strip()))
    return found
