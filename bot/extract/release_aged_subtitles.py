"""A "subtitle" followed by an age is a person named after a colon, not a subtitled title: "the
last word on Wren Vale: Tom Reed, now 24, talks about ...", "on Harbour Lights: Ada Obi, 31,
looks back". A title keeps no age: "Harbour Lights: The Long Night, which opens in May" still is.
"""

from __future__ import annotations

import re

from bot.extract.lazy_patterns import lazy_pattern

_AGE_AFTER = lazy_pattern(r",?[ ](?:now[ ]|aged[ ]|just[ ])?\d{1,2}(?:[,;.]|[ ]and\b)")


def aged_as_a_person(chunk: str, title: str) -> bool:
    """The ``title`` read in ``chunk`` runs on into an age, as a person's name does."""
    main, _, subtitle = title.partition(":")
    pattern = re.escape(main.strip()) + r":[ ]+" + re.escape(subtitle.strip())
    return any(
        _AGE_AFTER.match(chunk, match.end()) is not None for match in re.finditer(pattern, chunk)
    )
