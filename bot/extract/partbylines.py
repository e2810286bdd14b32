"""A byline's names are the page's reporters, never a part's full name: in "By Ada Vell and Tom
Reese" then "X is his sister Ada", Ada stays Ada."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_BY = lazy_pattern(r"(?:^|[|·•–—-][ ]?)By[ ](?:[A-Z][\w’'.-]*[ ]){0,3}(?:(?:and|&)[ ])?$")
"""A byline line up to a name: "By ", "Live | By ", "By Jo Reyes and "."""
_MAX_LINE = 90
"""A byline is a short line; a sentence may start "By ..." and run on."""


def in_byline(body: str, at: int) -> bool:
    """Whether the name at ``at`` stands in a short "By ..." line of the page."""
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    end = len(body) if end < 0 else end
    return end - start <= _MAX_LINE and _BY.search(body, start, at) is not None
