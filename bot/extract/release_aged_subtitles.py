"""A "subtitle" followed by an age is a person named after a colon, not a subtitled title: "the
last word on Wren Vale: Tom Reed, now 24, talks about ...", "on Thornwick Scar: Ada Obi, 31,
looks back". A title keeps no age: "Thornwick Scar: The Long Night, which opens in May" still is.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_SPACES = lazy_pattern(r"[ ]+")
"""The space after the title's colon, before its subtitle."""
_AGE_AFTER = lazy_pattern(r",?[ ](?:now[ ]|aged[ ]|just[ ])?\d{1,2}(?:[,;.]|[ ]and\b)")


def aged_as_a_person(chunk: str, title: str) -> bool:
    """The ``title`` read in ``chunk`` runs on into an age, as a person's name does."""
    main, _, subtitle = title.partition(":")
    head, tail = f"{main.strip()}:", subtitle.strip()
    at = chunk.find(head)
    while at >= 0:
        gap = _SPACES.match(chunk, at + len(head))
        told = gap.end() if gap is not None else -1
        if told >= 0 and chunk.startswith(tail, told) and _AGE_AFTER.match(chunk, told + len(tail)):
            return True
        at = chunk.find(head, at + 1)
    return False
