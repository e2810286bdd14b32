"""A time owned by an event named just before it, not the film's release: "the streaming
service's announcement in April", "with nominations due in July", "the results are expected in
May". The film may be released around then; the sentence does not say so.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_EVENT_NOUN = lazy_pattern(
    r"\b(?:announcement|nominations|shortlists?|longlists?|results|voting|ceremony)"
    r"(?:[ ](?:(?:is|are|will[ ]be)[ ])?(?:due|expected|set|announced|unveiled))?"
    r"(?:[ ](?:in|on|for|by))?[ ]?$"
)
"""The event noun right before the time: "announcement", "nominations due", "results are
expected"."""


def event_nouns_time(before: str) -> bool:
    """Whether the words ``before`` a time end on an event's noun that owns it."""
    return _EVENT_NOUN.search(before) is not None
