"""Castings in an earlier adaptation of the source, for :mod:`bot.extract.cast`.

A gallery caption or a set report recalls that the book was filmed or staged before: "Orr's
novel was previously adapted for radio in 2004, with Ada Vell as Nell", "the play was first
filmed in 1988, starring Tom Reed as Kit" (invented examples). The castings after that clause are
the earlier version's, not the article's production's.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_EARLIER_VERSION = lazy_pattern(
    r"\b(?:was|were|had[ ]been|has[ ]been)[ ](?:previously|earlier|first|once|already|also)[ ]"
    r"(?:adapted|filmed|staged|dramatised|dramatized|made[ ]into|turned[ ]into)\b"
)
"""The source said to have been adapted before: "was previously adapted", "had been first
filmed"."""


def earlier_version_from(chunk: str) -> int:
    """Where the sentence's earlier-version clause starts (castings after it are that version's),
    or -1 where it tells of none."""
    found = _EARLIER_VERSION.search(chunk)
    return found.start() if found is not None else -1
