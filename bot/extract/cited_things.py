"""A thing cited as the source of words after them (", per the slide", "according to the
listing"): the quotation names its own source, so when that source cannot be placed the words
are no one's we can name, never the subject of the sentence before."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_CITED_THING = lazy_pattern(r"[,.!?]?[ ]*(?:[Aa]ccording[ ]to|per)[ ]the[ ][a-z]")
"""A citation of something definite right after the closing mark."""


def cites_a_thing(post: str) -> bool:
    """Whether the text after a quotation opens on "per the ..." or "according to the ..."."""
    return ("per the " in post or "ccording to the " in post) and bool(_CITED_THING.match(post))
