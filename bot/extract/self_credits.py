"""Words credited after a dash or in brackets to the one writing them ("“Don't make me cry on a
Monday” – me, crying on a Monday", "(me, refreshing the page)", "– yours truly"): the writer's
or poster's own line, a joke's attribution, never whoever the sentence before was about. Only
when the quote's own sentence names no sayer before it ("X posted: “...” – me, every morning"
stays X's)."""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_SELF_CREDIT = lazy_pattern(
    r"[ ]*(?:[–—-][ ]*|\([ ]*)(?:me|myself|also[ ]me|yours[ ]truly)\b", re.IGNORECASE
)


def self_credited(pre: str, post: str) -> bool:
    """``post``, the text right after a quotation, credits the words to "me" after a dash or in
    brackets, and ``pre``, its sentence before it, is blank: no sayer there to keep them."""
    return not pre.strip() and _SELF_CREDIT.match(post) is not None
