"""Names a sentence leaves out of a credit, for :mod:`bot.extract.crewleavers`.

"Nobody apart from Ada Vell and Tom Rusk, who directed the show, has made an episode" and
"Not Ada Vell or Tom Rusk, who shared directing duties on the series." (invented): the names
after "other than", "apart from", "except", "besides" or a sentence's opening "Not" are the
ones the credit is *not* given to, whatever verb follows them.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_EXCLUDED = lazy_pattern(
    r"(?:(?<![\w-])(?:other[ ]than|apart[ ]from|except(?:[ ]for)?|besides)|^Not|,[ ]not"
    r"|\bbut[ ]not|\b(?:[Ii]t|[Tt]hat)(?:[’']s[ ](?:not|no[ ]longer)|"
    r"[ ](?:is|was)[ ](?:not|no[ ]longer)|[ ](?:isn|wasn|won)[’']t(?:[ ]be)?|[ ]will[ ]not[ ]be))"
    r"[ ](?:[A-Z][\w’'.-]*,?[ ]|(?:and|or|nor)[ ])*$"
)
"""An excluding word, then only names of a list up to the name: "other than A, B and ",
"Not A or " (before the next name), a denied cleft: "it's not A or ", "it won't be A" (before "B
directing": the credit is someone else's)."""
_REACH = 90
"""Enough characters back for the excluding word and a few names before this one."""


def excluded(chunk: str, start: int) -> bool:
    """Whether the names at ``start`` follow an excluding word: the credit is not theirs."""
    return _EXCLUDED.search(chunk, max(0, start - _REACH), start) is not None
