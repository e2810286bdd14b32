"""Another show's return for a further run, and the run the next sentence then dates.

"Channel 4's Tollmarsh will return for a third series after strong ratings. Ada Vale is back
as the ferry pilot, and the new run starts filming in Hull next spring.": the return is told
with "will return for", not "has been renewed for", and the shoot is that run's, named only as
"the new run" mid-sentence. Neither is the article's film's.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.release_parts import other_season
from bot.extract.release_subjects import names_ours
from bot.lazy_patterns import lazy_pattern

_RETURNS_FOR = lazy_pattern(
    r"\b(?:will|is[ ]set[ ]to|is[ ]to)[ ]return[ ]for[ ]"
    r"|\bis[ ](?:returning|coming[ ]back)[ ]for[ ]"
)
_NEW_RUN = lazy_pattern(
    r"\b(?:the|its)[ ](?:new|next|second|third|fourth|fifth)[ ](?:run|series|season)[ ]"
    r"(?:starts|begins|will|is[ ](?:set|due)|goes)\b"
)
"""A further run as the subject of its own shoot or date: "the new run starts filming"."""


def returns_for_a_season(chunk: str, context: Context) -> bool:
    """The sentence returns a show that is not ours for a further season ("Tollmarsh will
    return for a third series")."""
    back = _RETURNS_FOR.search(chunk)
    return (
        back is not None
        and other_season(chunk[back.start() :], context)
        and not names_ours(chunk[: back.start()], context, strict=True)
    )


def names_a_new_run(chunk: str) -> bool:
    """The sentence dates a further run named only as "the new run", "the next series"."""
    return _NEW_RUN.search(chunk) is not None
