"""Words shown on a thing in a post, beside the post's own caption: no one's quote.

A set's last-day post often photographs a slate or a sign and captions it: "The show's account
shared a clapperboard reading ‘LAST DAY’ with the caption “We're done.”" The caption is the
account's words; the words on the clapperboard are only shown. Without a caption of its own
("posted a single slate reading “...”"), the shown words are the post's, and stay quoted.
"""

from __future__ import annotations

import re

_SHOWN_ON = re.compile(
    r"\b(?:clapperboards?|slates?|boards?|cakes?|(?:t-)?shirts?)"
    r"[ ](?:reading|that[ ]reads?|which[ ]reads?)[ ]$"
)
_OWN_CAPTION = re.compile(r"^[^.;:“”\"]{0,20}?\b(?:with|and)[ ](?:the|a|its)[ ]caption\b")
_REACH = 40


def shown_beside_caption(text: str, start: int, end: int) -> bool:
    """The quotation at ``start:end`` (inside its marks) is what a thing in the post reads, and
    a caption of the post's own follows it."""
    if _SHOWN_ON.search(text, max(0, start - _REACH), max(0, start - 1)) is None:
        return False
    closing = end + 1 if text[end : end + 1] in "”\"’'" else end
    return _OWN_CAPTION.match(text[closing : closing + _REACH]) is not None
