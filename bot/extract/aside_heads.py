"""Who speaks after a quotation set in a who-aside, for :mod:`bot.extract.quote_facts`: in "Vale,
whose father Tom Reed said she was “born for it”, told us: “I was a shy child.”" the second words
are the aside's head's (Vale's), not the aside's speaker's."""

from __future__ import annotations

from bot.extract.speakers import Resolver, Speaker
from bot.extract.text import Doc, Quote
from bot.lazy_patterns import lazy_pattern

_MAIN_VERB = lazy_pattern(
    r"[”’\"]?[ ]?,[ ](?:then[ ]|later[ ]|also[ ])?(?:told|tells|said|says|added|adds)\b"
    r"[^“”\",.;]{0,20}:[ ]*$"
)
"""The main clause's verb right after the aside's quotation, the words after a colon:
"..., told us: “...”"."""


def aside_head(
    doc: Doc, resolver: Resolver, quote: Quote, previous: Quote | None, pre: str
) -> Speaker | None:
    """The speaker of ``quote`` when ``previous`` (a quotation earlier in its sentence) stands in a
    who-aside and ``pre`` (what lies between them) is the main verb the aside held off: found in
    the whole sentence before ``quote``, as if the aside's words were not there."""
    start = doc.sentence_at(quote.start).start
    if previous is None or previous.start < start or _MAIN_VERB.match(pre) is None:
        return None
    text = doc.masked
    if (
        max(
            text.rfind(", who ", start, previous.start),
            text.rfind(", whose ", start, previous.start),
        )
        <= start
    ):
        return None
    return resolver.before(text[start : quote.start - 1], quote.start)
