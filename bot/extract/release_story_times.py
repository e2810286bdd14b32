"""A season that is the story's time, told in a synopsis or review: "the sequel, out today,
picks up the summer after the first series", "is set in the spring after their exams", "unfolds
over the winter after the wedding". The verb places the plot, not the film's run, so the time is
no window of the release (the "out today" beside it keeps its reading).
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_STORY_VERB = lazy_pattern(
    r"\b(?:picks?[ ]up|picking[ ]up|(?:is|are|was|were)[ ]set|unfolds?|unfolding)"
    r"(?:[ ](?:in|during|over|across|through|at|around))?"
    r"(?:[ ](?:the|that|a|one|an|early|late|mid|long))*[ ]?$"
)
"""A plot verb ("picks up", "is set", "unfolds"), perhaps a preposition and a determiner, and
the time right after it."""


def story_time(before: str) -> bool:
    """The few words ``before`` a time place the story in it, not the release."""
    return _STORY_VERB.search(before.rstrip()) is not None
