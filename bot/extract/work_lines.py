"""Words the article names as a line of the work or as words shown in it: no one's quote.

- a performance of a line: "his deadpan delivery of “Never trust a lighthouse”", "her
  reading of ‘...’";
- a line named as such: "the teaser's “one more winter” line", "the “we go at dawn” line";
- words a frame or a sign shows: "a freeze-frame with the words “...”", "a banner with the
  words ‘...’".

Each is held for review, never served as anyone's quote.
"""

from __future__ import annotations

import re

from bot.extract.part_lines import held_line
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held

_DELIVERED = re.compile(r"\b(?:delivery|deliveries|reading|rendition)[ ]of[ ]$")
_LINE_BEFORE = re.compile(r"(?:\b[Tt]he|[’']s)[ ]$")
_LINE_AFTER = re.compile(r"[ ](?:line|catchphrase|tagline)\b")
_SHOWN = re.compile(
    r"\b(?:freeze-frame|frame|title[ ]card|card|sign|banner|billboard|placard|graffiti)"
    r"[ ](?:with|bearing|showing)[ ]the[ ]words?[ ]$"
)
_REACH = 60


def held_if_work_line(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when the words before or after name it a line or shown words."""
    if not fact.served:
        return fact
    before = doc.masked[max(0, quote.start - 1 - _REACH) : max(0, quote.start - 1)]
    if _DELIVERED.search(before):
        return held_line(fact)
    if _LINE_BEFORE.search(before) and _LINE_AFTER.match(doc.masked, quote.end + 1):
        return held_line(fact)
    if _SHOWN.search(before):
        return held(fact, "words shown in the work")
    return fact
