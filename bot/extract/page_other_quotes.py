"""Quotes in a page's entries about other works, held.

A what-to-watch guide's other entries ("Heirlooms" over "BBC iPlayer, from Thursday":
:mod:`.page_guide_others`) and a chart report's notes and paragraphs on another placed title
("Tin Chapel, whose second series landed on Tuesday, dropped to third. Its channel said it had
been “the biggest returning show of the year”": :mod:`.page_chart_notes`) quote that work's
makers and channel about that work. Such words are no quote on the page's own work: they are
held. A newsletter's other items are left as they are (its batches disagree on them).
"""

from __future__ import annotations

from bisect import bisect_right

from bot.extract.context import Context
from bot.extract.page_chart_notes import chart_other_starts
from bot.extract.page_guide_others import other_guide_items
from bot.extract.text import Doc
from bot.facts import QuoteFact, held

_DOUBT = "said in a page's entry about another work"


def held_in_other_entries(doc: Doc, context: Context, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """``quotes``, those said only inside another work's entry held (see above)."""
    if not quotes:
        return quotes
    starts = other_guide_items(doc, context.is_known, closed=True) | chart_other_starts(
        doc, context.is_known
    )
    if not starts:
        return quotes
    paras = {v.span.para for v in doc.views if v.span.start in starts}
    para_starts = [p.start for p in doc.paras]
    return [
        q
        if q.text not in doc.text or _said_elsewhere(doc, q.text, paras, para_starts)
        else held(q, _DOUBT)
        for q in quotes
    ]


def _said_elsewhere(doc: Doc, text: str, paras: set[int], para_starts: list[int]) -> bool:
    """Whether ``text`` stands somewhere outside the paragraphs ``paras`` (``para_starts``: where
    each of the page's paragraphs starts, in order)."""
    at = doc.text.find(text)
    while at >= 0:
        index = bisect_right(para_starts, at) - 1
        para = doc.paras[index] if index >= 0 else None
        if para is None or at >= para.end or para.para not in paras:
            return True
        at = doc.text.find(text, at + 1)
    return False
