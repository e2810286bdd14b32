"""A film that opens an edition of an event ("the finale launched the 12th Quillmere on
Thursday night", "opened the 31st Tidewater Fest on Friday"): the verb's object is the event,
numbered by its edition, so the day is the event's gala, not the film's release."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_ORDINAL = r"(?:\d+(?:st|nd|rd|th)|[a-z]+(?:teenth|tieth|[a-z]th))"
"""An edition's number, in figures or words: "12th", "twentieth", "fourth"."""
_EDITION = lazy_pattern(
    r"\b(?:launch(?:ed|es)?|open(?:ed|s)?|close[sd]?|kick(?:ed|s)[ ]off)[ ]the[ ]"
    rf"{_ORDINAL}[ ][A-Z]"
)

_EDITION_OPENS = lazy_pattern(
    rf"\b[Tt]he[ ]{_ORDINAL}[ ]"
    r"(?:[A-Z][\w’'&-]*[ ]){1,4}(?:opens|opened|launches|launched|closes|closed|kicks[ ]off|"
    r"kicked[ ]off|gets[ ]under[ ]way)(?:[ ](?:on|in))?[ ]*$"
)
"""A numbered edition as the verb's subject: "The 22nd Thornwick Scar opens on 3 July with ..."
(the day is the event's; what it opens with is another matter)."""


def opens_an_edition(before: str) -> bool:
    """The words before a day (``before``) have the film open a numbered event's edition, or the
    edition open itself."""
    return _EDITION.search(before) is not None or _EDITION_OPENS.search(before) is not None
