"""Sentences framed on another work, for :mod:`bot.extract.crewelsewhere`.

An interview or profile looks back at someone's earlier job by opening a sentence on its title:
"On The Quillon Affair, the director, X, wanted everything fast" (invented). The post is that
work's, and the title before ", the director," is no one's name. A title the article knows as
its own ("On <our title>, the director, X, ...") keeps its credits, and so does an opening time
("On Monday, the director, X, said").
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import TIME_WORD, WEEKDAY_PATTERN
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_FRAMED_ON = lazy_pattern(
    rf"[ “\"‘']*On[ ](?!{TIME_WORD}|{WEEKDAY_PATTERN}\b)(?P<title>(?:The[ ])?[A-Z][\w’'-]*"
    r"(?:[ ](?:[A-Z0-9][\w’'-]*|of|the|and)){0,4}),[ ](?:the|its|their)[ ]"
)
"""A sentence opening on a title and a comma, then a determiner for its post: "On The Quillon
Affair, the " ("On X, who directed, ..." opens on a person, the sentence's topic)."""


def framed_elsewhere(doc: Doc, context: Context) -> set[int]:
    """Start offsets of the sentences opening on a work the article does not know as its own."""
    found: set[int] = set()
    for view in doc.views:
        if "On " not in view.chunk[:4]:
            continue  # most sentences open otherwise
        match = _FRAMED_ON.match(view.chunk)
        if match is not None and not context.is_known(match["title"].removeprefix("The ")):
            found.add(view.span.start)
    return found
