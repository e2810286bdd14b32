"""A title in quotation marks that a run of a series places as a work: "two seasons of “X”",
"the fourth season of “Y”", "three series of Canal Nove's “Z”", "all six episodes of “W”".

A profile counts an actor's other credits by their seasons or episodes, the title in marks
(in whatever language and case) straight after "of" or after the channel's possessive there.
Such words are the other work's title, never anyone's quote, whoever the sentence is about.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_RUN_OF = lazy_pattern(
    r"\b(?:seasons?|series|episodes?|instalments?)[ ]of[ ]"
    r"(?:(?:[A-Z][\w&+-]*[ ]){0,2}[A-Z][\w&+-]*[’']s[ ])?$"
)
"""A season, series or episode "of", perhaps with a channel's possessive after it."""
_REACH = 50


def season_title(text: str, start: int) -> bool:
    """The marks opening right before ``start`` follow a season's or episode's "of"."""
    return _RUN_OF.search(text, max(0, start - _REACH), max(0, start - 1)) is not None
