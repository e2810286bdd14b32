"""A described speaker whose job is a lesser one under a crew role: "the second assistant
director", "an associate producer", "the trainee editor" is not the film's director, producer
or editor, so the description never points at the person credited with the bare role."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_LESSER = lazy_pattern(
    r"(?<![\w’'-])(?:(?:first|second|third|[123](?:st|nd|rd))[ ])?"
    r"(?:assistant|associate|trainee|junior|second-unit|second[ ]unit)[ ]"
    r"(?:[a-z-]+[ ])?(?:director|producer|editor|writer|cinematographer|designer|composer)$"
)


def lesser_role(words: list[str]) -> bool:
    """Whether ``words`` (a description without its article: ["first", "assistant",
    "director"], perhaps after an owner: ["film's", "assistant", "director"]) end on a job held
    under a crew role, not the role itself."""
    return _LESSER.search(" ".join(words).lower()) is not None
