"""A wait until a day the next clause says the work comes out, for :mod:`release_dates`.

"The rest of the world will have to wait until 4 May, when the film arrives on the streaming
service", "Everyone else must wait until 4 May, when it lands on Netflix": the day is the
release's, told by the "when" clause after it rather than a verb before it.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_WAIT_UNTIL = lazy_pattern(r"\b(?:wait|waits|waited|waiting)[ ](?:until|till)$")
_WHEN_OUT = lazy_pattern(
    r",[ ]when[ ](?:the[ ](?:film|movie|series|show|season|finale|feature)|it)[ ](?:finally[ ])?"
    r"(?:arrives|lands|streams|drops|hits|premieres|debuts|opens|comes[ ]out|is[ ]released)\b"
)


def waits_for_release(chunk: str, before: str, end: int) -> bool:
    """The words ``before`` a day wait until it, and the clause after it (from ``end``) says
    the work comes out then."""
    return _WAIT_UNTIL.search(before) is not None and _WHEN_OUT.match(chunk, end) is not None
