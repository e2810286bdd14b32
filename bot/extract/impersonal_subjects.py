"""A clause subject cut to its bare article ("A piano with two missing keys sits by the door"
reaches the pronoun's search as "A"): a thing in a profile's scene-setting, no unnamed someone.
It is credited to no one, and the search stops there, never skipping to an older speaker: the
quote falls to the profile's subject, or stays unattributed. An article before a count, an order
or an age ("A third was already planning", "A fifteen-year-old came") still names someone.
"""

from __future__ import annotations

import re

_BARE_ARTICLES = frozenset({"A", "An"})
_COUNTED = re.compile(
    r"[ ](?:[a-z]+-year-old|\d|(?:first|second|third|fourth|fifth|further|final|last)\b"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty)\b)"
)
"""A count, an order or an age after the article ("A third was already planning", "A
fifteen-year-old came"): someone unnamed, still an unnamed source."""


def impersonal(raw: str, text: str = "", at: int = -1) -> bool:
    """Whether the subject ``raw`` (at ``at`` in ``text``, when given) is a bare article naming
    no one: not one that counts, orders or ages someone."""
    if raw not in _BARE_ARTICLES:
        return False
    return at < 0 or _COUNTED.match(text, at + len(raw)) is None
