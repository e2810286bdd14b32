"""Castings in the items of a listing page, for :mod:`bot.extract.castelsewhere`.

A what's-on guide, a round-up of brief news or a streaming service's newsletter gives several
works one item each, under a heading line in capitals ("MONDAY", "SOAP STAR TO PLAY FAGIN",
"NEW SEASONS"). A casting in an item belongs to that item's work, and the page does not say
which item is the article's own, unless it singles one out ("PICK OF THE WEEK", "THIS MONTH'S
BIG ONE"). So a casting under any other item's heading is held; what the page says before its
first heading (its lead story) is left to the other rules.
"""

from __future__ import annotations

import re

from bot.extract.text import Doc, Span
from bot.facts import CastFact, held

_LISTING = re.compile(
    r"(?i)(?=[inrtuvw])\b(?:round-?up|in[ ]brief|what[ ]to[ ]watch|what[’']s[ ]on|"
    r"view[ ]in[ ]browser|unsubscribe|news[ ]briefs?|this[ ]week[ ]on[ ]tv|tv[ ]guide)\b"
)
"""A page that gathers several works: its headline, lede or footer says so. (The lookahead of
first letters lets a search of the whole page skip to them before trying the word boundary.)"""
_CAPS_LINE = re.compile(r"[ ]*[A-Z0-9][A-Z0-9 &’'!?,:–—-]{2,60}[ ]*$")
_SINGLED = re.compile(
    r"\b(?:PICKS?|BIG[ ]ONE|SPOTLIGHT|HIGHLIGHT|EDITOR[’']S[ ]CHOICE|MUST[ ]SEE)\b"
)
"""A heading that singles its item out as the page's main one."""
_MIN_HEADINGS = 3
_NAME_WORDS = 10
_ENDS = '.!?:;,”"…'
_DOUBT = "told in one item of a page that lists several works"


def held_listing_items(cast: list[CastFact], doc: Doc) -> list[CastFact]:
    """``cast`` with the castings under a listing page's items held, but for a singled-out
    item's."""
    if not cast or _LISTING.search(doc.text) is None:
        return cast
    items = _item_sentences(doc)
    if not items:
        return cast
    return [held(fact, _DOUBT) if fact.evidence in items else fact for fact in cast]


def _item_sentences(doc: Doc) -> set[str]:
    """The sentences under the headings in capitals of items not singled out, when the page has
    several such headings: every item's where the headline lists several works ("Round-up: A,
    B and C"), else those of items that open with a work's name line ("Lumen (BBC One, 9pm)")."""
    headings: list[tuple[int, bool]] = []
    for para in doc.paras:
        if para.para == doc.title_para:
            continue
        line = doc.text[para.start : para.end]
        if _CAPS_LINE.fullmatch(line) and any(c.isalpha() for c in line):
            headings.append((para.para, _SINGLED.search(line) is not None))
    if len(headings) < _MIN_HEADINGS:
        return set()
    opened = dict(headings)
    several = _lists_several(doc)
    paras: set[int] = set()
    other = begun = False
    for para in doc.paras:
        if para.para in opened:
            other, begun = not opened[para.para], False
            continue
        if other and not begun and not several and not _name_line(doc, para):
            other = False  # an item of the work's own page ("CAST CORNER"), not another work's
        if other:
            begun = True
            paras.add(para.para)
    return {doc.text[v.span.start : v.span.end].strip() for v in doc.views if v.span.para in paras}


def _lists_several(doc: Doc) -> bool:
    """The headline names the page a listing and lists its items after a colon."""
    if doc.title_para is None:
        return False
    span = doc.paras[doc.title_para]
    title = doc.text[span.start : span.end]
    label, colon, items = title.partition(": ")
    return bool(colon) and _LISTING.search(label) is not None and ", " in items


def _name_line(doc: Doc, para: Span) -> bool:
    """A work's name on a line of its own: "The Whin Acre (Channel 4, 9pm)", "Lumen – Season 2"."""
    line = doc.text[para.start : para.end].strip()
    words = line.split()
    if not words or len(words) > _NAME_WORDS or line[-1] in _ENDS or line.isupper():
        return False
    return line[0].isupper() and " said" not in line
