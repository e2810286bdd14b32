"""A year in quotation marks after a lowercase preposition: someone's words about a date.

"A spokesperson said the special would arrive “in 2027”", "told us only “by early 2027”": the
run reads title-like (a small word and a number), but a title never opens on a lowercase "in"
or "by"; this is the only thing the source would say about the date, quoted as they said it.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_YEAR_PHRASE = lazy_pattern(
    r"(?:in|by|from|until|before|after|around|during|since)[ ]"
    r"(?:(?:early|late|mid|the[ ](?:spring|summer|autumn|winter)[ ]of)[ -])?(?:19|20)\d\d[.,]?"
)


def year_phrase(inner: str) -> bool:
    """``inner`` (the words inside the marks) is a preposition and a year, nothing more."""
    return _YEAR_PHRASE.fullmatch(inner.strip()) is not None
