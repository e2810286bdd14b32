"""A day closing a count from the release: "14 million views between its release on Friday and
the end of the tracking week on Sunday". The second day ends the span the figures cover; only the
first is the release's.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_SPAN_END = lazy_pattern(
    r"\bbetween[ ][^,;.]{0,80}?\b(?:release|premiere|debut|launch|arrival)\b[^,;.]{0,40}?[ ]and[ ]"
    r"(?![^,;.]*\b(?:release|premiere|debut|launch|arrival|lands|opens|arrives)\b)[^,;.]{0,60}$"
)
"""A span opened by the release and closed by another point: "between its release on Friday
and the end of the tracking week on " (not "between its premiere and its release on")."""


def ends_a_span(chunk: str, at: int) -> bool:
    """Whether the day named at ``at`` closes a span the release opens, not the release."""
    return _SPAN_END.search(chunk, max(at - 200, 0), at) is not None


def closes_a_span(before: str) -> bool:
    """Whether the words ``before`` a time open a span at the release and close it there: "drew
    61 million views between its April release and" the end of June."""
    return _SPAN_END.search(before + " ") is not None
