"""A round-up's items, each opened by its subject in capitals and a stop: "GULL ROCK. Sky has
cast Ada Vane in its new thriller. It's due on Sky Atlantic in the autumn." On such a page (two
or more paragraphs open so, one of them on the article's own work) an item whose head names no
word of the own work or the headline is another work's, and so are the times told in it. A
colon does not make a head: "ADA VANE:" is a transcript's speaker, "UPDATE:" a live blog's.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.page_entries import MIN_ENTRIES
from bot.extract.release_numbered_items import under_other_numbered
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_HEAD = lazy_pattern(r"[ *_•-]*(?P<head>[A-Z][A-Z’'&-]*(?:[ ][A-Z][A-Z’'&-]*){0,5})[.][ ]+\S")
"""A paragraph's head in capitals, then a stop: "THE FENWICKE FILES. ", "GULL ROCK. "."""
_FILLER = frozenset({"The", "A", "An", "Of", "And", "In", "On"})


def _head(doc: Doc, para: int) -> str | None:
    span = doc.paras[para]
    found = _HEAD.match(doc.text, span.start, span.end)
    if found is None or len(found["head"].replace(" ", "")) < 3:
        return None  # "A. ...": a turn's label, not an item's head
    return found["head"]


def _known(head: str, context: Context) -> bool:
    return any(context.is_known(w) for w in head.title().split() if w not in _FILLER)


def under_another_item(doc: Doc, view: View, context: Context) -> bool:
    """The sentence stands in a round-up's item headed by another work ("THE FENWICKE FILES."),
    where the page opens two or more paragraphs with such heads, one of them on our work; or
    under a numbered item of another work (:mod:`.release_numbered_items`)."""
    if under_other_numbered(doc, view):
        return True  # "2. Kestle Bay (Apple TV)" ... "it premieres on Friday 8 May"
    head = _head(doc, view.span.para)
    if head is None or _known(head, context):
        return False
    heads = [h for span in doc.paras if (h := _head(doc, span.para)) is not None]
    return len(heads) >= MIN_ENTRIES and any(_known(h, context) for h in heads)
