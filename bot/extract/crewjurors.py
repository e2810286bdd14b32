"""A juror's trade, for :mod:`bot.extract.crewqualified`.

An award's or a festival's jury is told by its members' trades: "The jury chair, casting
director X, said ...", "the president of the jury, director Y", "fellow jurors editor Z and
..." (invented shapes). The role noun after a post on a jury is who the juror is, never a
credit on the work the jury judged. So is a panel moderator's: "Moderator is author X",
"moderated by critic Y" (invented shapes): X chairs the talk, the noun says X's trade.
"""

from __future__ import annotations

from bot.extract.lexicon import NATIONALITIES
from bot.lazy_patterns import lazy_pattern

_POST = r"(?:chair|chairman|chairwoman|chairperson|president|head|foreman|member)s?"
_JURY = r"(?:jury|juries|judging[ ]panel|panel[ ]of[ ]judges|judges)"
_JUROR = lazy_pattern(
    rf"(?i:(?<![\w-])(?:{_JURY}[’']?s?[ ]{_POST}|{_POST}[ ]of[ ](?:the|this[ ]year[’']s)[ ]"
    rf"{_JURY}|jurors?|judges)|{_JURY},?[ ](?:chaired|headed|led|presided[ ]over)"
    r"(?:[ ]this[ ]year)?[ ]by),?[ ](?:the[ ])?"
    rf"(?:(?:{'|'.join(sorted(NATIONALITIES))})[ ])?$"
)
"""A post on a jury right before the role noun: "The jury chair, ", "the head of the jury, ",
"jurors ", "the jury, headed by the Norwegian "."""
_MODERATOR = lazy_pattern(
    r"(?i:(?<![\w-])(?:moderators?(?:[ ](?:is|was|will[ ]be))?,?|moderated[ ]by|compèred[ ]by))"
    r"[ ](?:the[ ])?$"
)
"""A panel's moderator right before the role noun: "Moderator is ", "moderated by "."""
_REACH = 50
"""Enough characters back for the longest post."""


def juror_trade(chunk: str, start: int) -> bool:
    """Whether the role noun at ``start`` is a juror's or a moderator's trade: "The jury chair,
    casting director Ada Vale, said" (invented)."""
    window = max(0, start - _REACH)
    return (
        _JUROR.search(chunk, window, start) is not None
        or _MODERATOR.search(chunk, window, start) is not None
    )
