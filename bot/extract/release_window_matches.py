"""Where a sentence's windows are (a year, a month, a season), found only around their anchors.

Each anchor bounds a quick search, and the window found is then read to its end without that
bound: a place that begins like a month's name ("Sunbury in July 2024", "Fargo in March 2025")
would otherwise cut the real month from its year and leave a bare month, read as this year's.
"""

from __future__ import annotations

import re

from bot.extract.dates import WINDOW_ANCHOR, WINDOW_RE

_WINDOW_LEAD = 24
"""How far before its anchor a window's words start ("the second half of 2026")."""
_WINDOW_TAIL = 12
"""How far after it they end ("Mar" of "in March 2025")."""


def window_matches(chunk: str) -> list[re.Match[str]]:
    """:data:`WINDOW_RE` tried only just around its anchors, each match read whole."""
    found: list[re.Match[str]] = []
    end = 0
    for anchor in WINDOW_ANCHOR.finditer(chunk):
        if anchor.start() < end:
            continue
        match = WINDOW_RE.search(
            chunk, max(anchor.start() - _WINDOW_LEAD, end), anchor.end() + _WINDOW_TAIL
        )
        if match is not None:
            match = WINDOW_RE.match(chunk, match.start()) or match
        if match is not None and match.end() >= anchor.end():
            found.append(match)
            end = match.end()
    return found
