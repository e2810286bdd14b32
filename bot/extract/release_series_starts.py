"""Where the story began, told beside a film's shoot ("closing a story that began on Hulu in
March 2021", "the end of a saga which started on BBC Three in June 2020"): the thing that began
is the series or story, so its month is a first release long past, no start of the shoot."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_STORY_BEGAN = lazy_pattern(
    r"\b(?:story|saga|tale|series|show|franchise|journey)[ ](?:that|which)[ ](?:first[ ])?"
    r"(?:began|started)(?:[ ]on[ ][A-Z][\w+]*(?:[ ][A-Z][\w+]*){0,2})?(?:[ ]back)?(?:[ ]in)?$"
)


def story_began(before: str) -> bool:
    """The words before a month (``before``) end on a story or series that began then."""
    return _STORY_BEGAN.search(before) is not None
