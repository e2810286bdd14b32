"""A film that opens an edition of an event ("the finale launched the 12th Quillmere on
Thursday night", "opened the 31st Tidewater Fest on Friday"): the verb's object is the event,
numbered by its edition, so the day is the event's gala, not the film's release."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_EDITION = lazy_pattern(
    r"\b(?:launch(?:ed|es)?|open(?:ed|s)?|close[sd]?|kick(?:ed|s)[ ]off)[ ]the[ ]"
    r"(?:\d+(?:st|nd|rd|th)|[a-z]+(?:teenth|tieth|[a-z]th))[ ][A-Z]"
)


def opens_an_edition(before: str) -> bool:
    """The words before a day (``before``) have the film open a numbered event's edition."""
    return _EDITION.search(before) is not None
