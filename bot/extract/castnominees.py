"""Awards copy that tells a nominee by the work, for :mod:`bot.extract.castorder`.

"César winner Ada Vale (Salt Year)" and a category's line of nominees, "Leading actress: Ada
Vale (Salt Year); Mira Holt (Tin Lane)" or "Best supporting actor – Tom Reed (Lumen)", give each
person's nominated work in the brackets, not a part (invented examples). The bracket is still a
part when the article casts it elsewhere (the caller checks that).
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_HONOURED_BEFORE = lazy_pattern(
    r"\b(?:winner|nominee|laureate|[\w’'-]+-(?:winning|nominated|winner|nominee))[ ]$"
)
"""An award just before "Name (Bracket)": "César winner Ada Vale (Salt Year)"."""
_QUALIFIER = r"(?:leading|lead|supporting|breakthrough|comedy|male|female)"
_CATEGORY_LINE = lazy_pattern(
    rf"(?i:(?:best[ ](?:{_QUALIFIER}[ ])?|{_QUALIFIER}[ ])"
    r"(?:actor|actress|performer|performance)(?:[ ](?:in[ ]a|for[ ]a)[ ][\w ]{1,40})?)"
    r"[ ]*(?::|[–—-][ ])"
)
"""A line that opens on a performers' award category: "Leading actress:", "Best actor –"."""


def nominee_before(text: str, start: int) -> bool:
    """Whether the name at ``start`` is told as a nominee: an award word just before it, or its
    line opening on a performers' category (every bracket on that line is a work)."""
    if _HONOURED_BEFORE.search(text, max(start - 30, 0), start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return _CATEGORY_LINE.match(text, line_start) is not None
