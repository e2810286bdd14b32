"""A credit of the work the article's production is compared with, for
:func:`bot.extract.crewmodifiers.this_credit`.

A film made from a series, or a remake, is set beside the work before it: "she is wary of
comparing the remake to the sitcom written by X", "the finale invites comparison with the
thriller directed by Y" (invented). The work after "to" or "with" is the one measured against,
another work than the article's, so the makers its participle names are that work's. Only the
object of the comparison counts: "the series, compared to its rivals, is directed by X" gives
the subject's credit, and its participle does not follow the compared noun.
"""

from __future__ import annotations

from bot.extract.lexicon import GENRE_NOUNS
from bot.lazy_patterns import lazy_pattern

_COMPARED_OBJECT = lazy_pattern(
    r"\b(?:[Cc]ompar(?:e|es|ed|ing)|[Cc]omparisons?|[Ll]iken(?:s|ed|ing)?)[ ]"
    r"(?:[^,.;:!?“”\"]{1,40}?[ ])?(?:to|with)[ ](?:the|its|their|his|her)[ ]"
    rf"(?:[\w’'-]+[ ]){{0,4}}?(?:{GENRE_NOUNS}|seasons|films|episodes|instalments)s?,?[ ]$"
)
"""The compared work as a noun just before the participle: "comparing the film to the series ",
"compared with the BBC Three comedy " (before "directed by" / "created by")."""
_REACH = 110


def compared_work(chunk: str, verbs_at: int) -> bool:
    """Whether the passive credit at ``verbs_at`` follows the work the sentence compares the
    article's production with: that work's makers, not the article's."""
    if "ompar" not in chunk and "iken" not in chunk:
        return False
    return _COMPARED_OBJECT.search(chunk, max(0, verbs_at - _REACH), verbs_at) is not None
