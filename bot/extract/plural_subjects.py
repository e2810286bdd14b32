"""A plural group noun is never the person a "she" or "he" stands for.

"The readers know these people better than I do, and so does Mirela. My first talk with her was
about what to keep. She said, “...”": "she" is Mirela, never "the readers". A subject that is a
group told in the plural ("the fans", "many viewers", "critics") is a crowd, and a crowd is not
"she": the search for the pronoun's person goes past it.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_PLURAL_GROUP = lazy_pattern(
    r"(?:(?:(?i:the|many|some|most|all|few|other|several|both|these|those|his|her|their)[ ])?"
    r"(?:[a-z][\w’'-]*[ ]){0,2}"
    r"|(?i:many|some|most|all|few|several|both|half)[ ]of[ ](?:them|us|those)[ ]"
    r"(?:[A-Za-z][\w’'-]*[ ]){0,2})"
    r"[a-z][a-z-]*[a-z]s(?<![su]s)(?<!is)"
)
"""The last word a lower-case plural ("fans", "critics"), not "actress", "chorus", "basis"; a
share of a crowd ("many of them Tidewrack fans") may name what the crowd is fans of."""


def plural_group(raw: str) -> bool:
    """``raw`` is a group told in the plural ("The fans", "many readers", "many of them
    Tidewrack fans"), no one person."""
    return _PLURAL_GROUP.fullmatch(raw) is not None
