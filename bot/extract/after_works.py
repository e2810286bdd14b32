"""Sentences that open on the article's work only to move past it to the subject's next one.

A profile closes on what comes next: "After Lumen Bay, Ada Vell returns to the stage as Lady
Macbeth at the Harbour Playhouse next spring, directed by Bo Hale." The work after "After" is
the one just left; everything past the comma (its part, its director, its dates) is the next
work's, unless the words past the comma name the article's own work ("After Copperfold, she
returns to Lumen Bay as ...": the subject coming back to ours).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.extract.lexicon import TIME_WORD
from bot.extract.names import NAME
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_AFTER_WORK = lazy_pattern(
    rf"[ “\"]*After[ ](?!{TIME_WORD}|[A-Z][a-z]*day\b)(?P<name>{NAME}),[ ]"
    rf"(?=(?P<who>[Ss]he|[Hh]e|[Tt]hey|(?!The[ ]){NAME})[ ](?:returns|heads|moves[ ]on|goes[ ]on|"
    r"switches|swaps|turns|is[ ]set[ ]to[ ](?:return|appear|star|play)|will[ ](?:return|"
    r"appear|star|play|head|move|take|lead|join))\b)"
)
"""``After Title, <someone> returns to | heads to | will star ...``: a person moving on past the
comma. A time ("After Christmas,") is no work; a work past the comma ("After Locarno, Tin Lane
will be released ...") is still the page's."""


_LED_WORK = lazy_pattern(r"\b(?:to|in|into|for|on)[ ](?:the[ ])?(?P<work>[A-Z][\w’'-]+)")
"""A capitalised word a preposition leads ("returns to Lumen Bay", "will star in Lumen Bay"):
where the subject goes next."""


def after_work_starts(doc: Doc, is_known: Callable[[str], bool]) -> Iterable[tuple[int, int]]:
    """(sentence start, offset past the comma) of each ``After Title, X returns ...`` sentence:
    what it says past the comma belongs to the next work, unless where the subject goes is ours
    (or the headline's)."""
    for view in doc.views:
        match = _AFTER_WORK.match(view.chunk)
        if match is None:
            continue
        tail = view.chunk[match.end() + len(match["who"]) :]
        if not any(is_known(led["work"]) for led in _LED_WORK.finditer(tail)):
            yield view.span.start, match.end()
