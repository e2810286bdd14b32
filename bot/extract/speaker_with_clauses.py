"""A "with X saying" clause after an earlier "said": the words that follow are X's.

"Filming starts in spring, the channel said, with showrunner Ada Vale promising “...”": the
channel said the first part; the quote hangs on the "with" clause, whose named doer speaks. Only
a named person (perhaps after role words) and a verb of speaking in its "-ing" form count; "with
Ada Vale starring as ..." says nothing, so the usual rules stand."""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.subjects import ROLE_PREFIX
from bot.lazy_patterns import lazy_pattern

_WITH_SAYING = lazy_pattern(
    rf",[ ]with[ ]{ROLE_PREFIX}?(?P<name>{NAME})[ ]"
    r"(?:promising|saying|adding|teasing|insisting|warning|joking|vowing|predicting|"
    r"explaining|quipping|recalling|declaring|admitting|stressing|arguing|revealing|writing|"
    r"telling[ ](?:fans|viewers|readers|reporters|us|them|the[ ][a-z]+)|"
    r"calling[ ]it|describing[ ]it[ ]as|noting)[ ]?:?[ ]*$"
)


def with_sayer(pre: str) -> str | None:
    """The name a closing "with X promising" clause of ``pre`` (the sentence up to a quote)
    gives the quote to, or None."""
    found = _WITH_SAYING.search(pre)
    return found["name"] if found is not None else None
