"""A source's own description in marks ("according to the paper's “source close to the
production”"): the writer quoting how a report names its source, nobody's words."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_SOURCE_PHRASE = lazy_pattern(
    r"(?:an?[ ]|the[ ])?(?:sources?|insiders?|(?:production[ ])?spokes(?:person|man|woman))"
    r"[ ](?:close[ ]to|familiar[ ]with|near|inside|within|at|on)[ ][^.!?]{1,50}"
)
"""How a report names its unnamed source: "source close to the production", "an insider on
the show"."""


def quoted_source(text: str, start: int, end: int) -> bool:
    """The quotation at ``start:end`` (inside its marks) is only a source's description: "the
    paper's “source close to the production”", "a so-called “insider familiar with the
    shoot”"."""
    return _SOURCE_PHRASE.fullmatch(text[start:end].strip()) is not None
