"""Words a sign, a placard or a banner "says", told as the sign's and not a person's: lettering held
up in a crowd, no one's quote, whoever holds it.

"One sign read “...”; another, held by a fan in a school blazer, simply said “...”" (or "a banner
reading “...” and another saying, simply, “...”") gives the second sign's words with "another"
standing for the sign; "a placard held by a boy said “...”" names the sign itself as the subject,
the holder only after "by". A person who says words next to a sign ("a fan holding a sign said") is
not caught: the sign there is the object.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_NOTICE = r"\b(?:signs?|placards?|banners?|posters?|boards?|flags?)\b"
_SAYS = (
    r"[ ](?:simply[ ]|just[ ]|only[ ])?(?:said|says|read|reads|saying|reading)"
    r"(?:,[ ](?:simply|just|only),)?[:,]?[ ]$"
)
_ANOTHER = lazy_pattern(
    _NOTICE + r"[^.!?“”\"\n]{0,40}?[“\"‘][^“”\"\n]{1,60}[”\"’][^.!?“”\"\n]{0,10}?[;,]?[ ]"
    r"(?:and[ ]|while[ ]|but[ ])?(?:another|a[ ]second|a[ ]third|the[ ]other|one[ ]more)\b"
    r"[^.;!?“”\"\n]{0,80}?" + _SAYS
)
"""One sign's words in marks, then "another" sign saying its own: "One sign read “...”;
another, held by ..., simply said “", "a banner reading “...” and another saying, simply, “"."""
_HELD_BY = lazy_pattern(
    _NOTICE + r"[ ](?:held|carried|waved|hoisted|raised)[ ](?:up[ ])?by[ ]"
    r"[^.;!?“”\"\n]{1,60}?,?" + _SAYS
)
"""A sign held by someone, the sign saying the words: "a placard held by a boy said “"."""
_REACH = 200


def sign_said(text: str, start: int) -> bool:
    """The quotation opening at ``start`` (inside its marks) is a sign's words (see above)."""
    ends = ("said ", "says ", "read ", "reads ", "saying ", "reading ", ": ", ", ")
    if not text.endswith(ends, 0, max(0, start - 1)):
        return False  # cheap test first
    before = (max(0, start - _REACH), max(0, start - 1))
    return bool(_ANOTHER.search(text, *before) or _HELD_BY.search(text, *before))
