"""Words credited after a dash to the one writing them ("“Don't make me cry on a Monday” – me,
crying on a Monday"): the writer's or poster's own line, a joke's attribution, never whoever the
sentence before was about."""

from __future__ import annotations

import re

_SELF_CREDIT = re.compile(r"[ ]*[–—-][ ]*(?:me|myself|also[ ]me)\b")


def self_credited(post: str) -> bool:
    """``post``, the text right after a quotation, credits the words to "me" after a dash."""
    return _SELF_CREDIT.match(post) is not None
