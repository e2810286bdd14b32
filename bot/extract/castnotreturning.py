"""A part the sentence says is not back, for :mod:`bot.extract.castnotparts`.

"The second season's cast included Ada Vale as Mira, a character who does not return"
(invented): the casting is an earlier run's, and the sentence says this production does not
have the part, so no part of this production is told.
"""

from __future__ import annotations

from bot.extract.castplayedleavers import CLAUSE_END
from bot.lazy_patterns import lazy_pattern

_NOT_RETURNING = lazy_pattern(
    r",[ ](?:a|the|one)[ ](?:[a-z-]+[ ]){0,2}?(?:character|part|role|figure)[ ](?:who|that|which)"
    r"[ ](?:(?:does|do|will|is|did)(?:[ ]not|n[’']t)|won[’']t|never)[ ](?:be[ ])?"
    rf"(?:returns?|returning|back|comes?[ ]back|coming[ ]back)\b{CLAUSE_END}"
)
"""Right after the part, an apposition saying the part is not back: ", a character who does not
return.", ", the role that won't be back for the film," and closing the clause (not "a character
who does not appear in the books": a part new to this production is still its part; nor "who does
not return until the final act" or "who never returns home": the part's own story)."""


def part_not_returning(chunk: str, end: int) -> bool:
    """Whether the words right after a casting's part (ending at ``end``) say it is not back."""
    return _NOT_RETURNING.match(chunk, end) is not None
