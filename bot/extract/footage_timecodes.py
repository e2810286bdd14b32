"""Words under a timecode heading of a trailer breakdown: a line the footage plays.

A shot-by-shot guide to a trailer or a teaser heads each stretch of the footage with where it
falls ("0:14 – The letter", "0:00–0:20: Leaving home"), then retells it: "Dessa (Ada Vale)
opens an envelope and reads aloud: “...”", "“...” she asks." Words in the paragraph straight
under such a heading that nothing credits to a person are a part's line in the work, never a
quote; they are held. A person the extractor credits ("..., Brill told Radio Times") keeps the
words, and a clock time over a live blog's entry ("19:42 – Arrivals") is no timecode: the
footage runs minutes, so the heading's first figure is a single digit under four.
"""

from __future__ import annotations

from bot.extract.footage_lines import in_footage_piece
from bot.extract.part_lines import held_line
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_TIMECODE_HEADING = lazy_pattern(
    r"[ ]*[0-3]:[0-5]\d(?:[ ]?[–—-][ ]?[0-3]:[0-5]\d)?[ ]*[–—:-][ ]*[^.!?“”\"]{1,60}[ ]*"
)
"""A heading that opens on a point or a stretch of the footage, then a short title: "0:14 –
The letter", "0:00–0:20: Leaving home", "1:02 - That line"."""


def held_if_timecoded(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when nothing credits words in a paragraph right under a timecode heading of
    a piece about footage (see above)."""
    if not fact.served or fact.speaker or quote.para == 0:
        return fact
    heading = doc.paras[quote.para - 1]
    if _TIMECODE_HEADING.fullmatch(doc.text, heading.start, heading.end) is None:
        return fact
    return held_line(fact) if in_footage_piece(doc, quote) else fact
