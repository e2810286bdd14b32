"""A time told of someone's stage run, not of the release.

"Finch, 61, is due to open at the Fallowmoor in October in “The Ostwick Ledger”, in which he plays a
ferryman", "She appears at the Mossgate Playhouse from March in ‘Brindle Cove’": someone opens
at a named venue in a quoted work; the time is that work's run.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

STAGE_RUN = lazy_pattern(
    r"\b(?:begins|began|starts|started|ends|ended|opens|opened)[ ](?:its[ ]|their[ ]|a[ ])?"
    r"(?:previews|performances|rehearsals|run|tour)\b"
)
"""A stage production's run, not a shoot: "The production begins previews on 3 October"."""
_AT_VENUE = lazy_pattern(
    r"\b(?:open|opens|opening|appear|appears|appearing|star|stars|starring|perform|performs|"
    r"return|returns|tread[ ]the[ ]boards)[ ](?:at|on)[ ](?:the[ ])?(?:[A-Z][\w’'&-]*[ ]){1,4}"
    r"(?:(?:in|from|this|next|until|on)[ ])?$"
)
_IN_QUOTED = lazy_pattern(r",?[ ](?:in|with)[ ](?:a[ ](?:revival|production)[ ]of[ ])?[“\"‘]")
_REACH = 70
_REVIVAL_BEFORE = lazy_pattern(
    r"\b(?:open|opens|opening|appear|appears|appearing|star|stars|starring)[ ]in[ ]"
    r"(?:the[ ])?(?:[A-Z][\w’'&-]*[ ]){0,4}?(?:[A-Z][\w&-]*[’']s[ ])?(?:new[ ])?"
    r"(?:revival|production|staging)[ ]of[ ][“\"‘'][^”\"’]{1,60}[”\"’'][ ]"
    r"(?:(?:in|from|this|next|until|on)[ ])?(?:the[ ])?$"
)
"""Someone opening in a named venue's revival of a quoted play, then the time: "is due to open in
the Elmhurst Playhouse's revival of ‘Ashby Mill’ in the autumn"."""


def stage_run(chunk: str, start: int, end: int) -> bool:
    """The time from ``start`` to ``end`` follows an opening at a venue and precedes the quoted
    work opened in, or follows an opening in a quoted play's revival."""
    if _REVIVAL_BEFORE.search(chunk[max(0, start - 2 * _REACH) : start]):
        return True
    if _IN_QUOTED.match(chunk, end) is None:
        return False
    return _AT_VENUE.search(chunk[max(0, start - _REACH) : start]) is not None
