"""A juror's trade, for :mod:`bot.extract.crewqualified`.

An award's or a festival's jury is told by its members' trades: "The jury chair, casting
director X, said ...", "the president of the jury, director Y", "fellow jurors editor Z and
..." (invented shapes). The role noun after a post on a jury is who the juror is, never a
credit on the work the jury judged.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_POST = r"(?:chair|chairman|chairwoman|chairperson|president|head|foreman|member)s?"
_JURY = r"(?:jury|juries|judging[ ]panel|panel[ ]of[ ]judges|judges)"
_JUROR = lazy_pattern(
    rf"(?i:(?<![\w-])(?:{_JURY}[’']?s?[ ]{_POST}|{_POST}[ ]of[ ](?:the|this[ ]year[’']s)[ ]"
    rf"{_JURY}|jurors?|judges)),?[ ](?:the[ ])?$"
)
"""A post on a jury right before the role noun: "The jury chair, ", "the head of the jury, ",
"jurors "."""
_REACH = 50
"""Enough characters back for the longest post."""


def juror_trade(chunk: str, start: int) -> bool:
    """Whether the role noun at ``start`` is a juror's trade: "The jury chair, casting director
    Ada Vale, said" (invented)."""
    return _JUROR.search(chunk, max(0, start - _REACH), start) is not None
