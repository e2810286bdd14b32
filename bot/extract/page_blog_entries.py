"""A live blog's timed entry that sets a quoted title as a work by apposition ("10:35 Before Velmo
we get a look at series two of “Copper Sound”, the tin-mine drama.") is that work's, though it
names ours in passing; so is one that sets an unquoted name as a work ("10:20 First up is
Tinderholt, a new Welsh drama", "11:40 The Harrow Ledger is back for a third series", or by its
kind, :mod:`.page_blog_kinds`); so is a live page's paragraph opening on one. A guide's entries
on other works are :mod:`.page_guide_others`'."""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.page_also_lines import names_any
from bot.extract.page_blog_kinds import KIND_THEN_NAME, NAME_AS_WORK
from bot.extract.page_blog_openings import (
    OPENING_REACH,
    ROLE_AFTER_WORK,
    blog_paragraphs,
    opens,
    unplussed,
)
from bot.extract.page_blog_turns import turns_to_other_show
from bot.extract.page_entries import lede_text
from bot.extract.page_guide_others import other_guide_items
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_TIMED = lazy_pattern(r"[ ]*\d{1,2}(?:[:.]\d{2}(?:[ ]?[ap]m)?\b|[ ]?(?:[ap]m\b|[ap]\.m\.))")
"""A live blog entry's time: "14:05", "2.05pm", "2pm", "2 p.m."."""
_LEAD_IN = lazy_pattern(
    r"[ ]*\d{1,2}(?:[:.]\d{2})?(?:[ ]?[ap]\.?m\.?)?[ ]+(?:Over|Back|On|Onwards|Moving[ ]on|"
    r"Now|Turning|Switching)[ ]to[ ][a-z][\w’'-]*(?:[ ][a-z][\w’'-]*){0,2}[.!:]"
)
"""A timed entry's lead-in that turns the blog, naming nothing ("11.04 Over to crime.", "2.10pm
Moving on to comedy."): the entry names its work in the sentence after it. A reveal's lead-in
("Confirmed.", "Here we go.") is left alone: what it reveals is as often the page's own."""
TITLE_APPOSED = lazy_pattern(
    r"[“‘\"](?P<title>[A-Z][^“”‘’\"\n]{0,50}?)[”’\"](?:[ ]\([A-Z][^()\n]{0,40}\))?,[ ]"
    r"(?:the|a|an)[ ](?:[\w-]+[ ]){0,3}?"
    rf"(?:{GENRE_NOUNS}|saga|mystery)\b"
)
"""A quoted title set as a work: "“Copper Sound”, the tin-mine drama", its translation in
brackets or not ("“Yr Afon Ddu” (The Black River), a crime drama")."""


def other_blog_entries(doc: Doc, names_ours: Callable[[str], bool]) -> set[int]:
    """Start offsets of the sentences of a live blog's timed entry that sets another title,
    quoted or named as a work, in its first sentence (see above)."""
    found: set[int] = set()
    head = doc.paras[doc.title_para] if doc.title_para is not None else None
    top = doc.text[head.start : head.end] if head is not None else ""
    # "... live: Tide premieres, plus Marrow"; "Flare live: Tide gala, Marrow wins award"
    names_ours = unplussed(names_ours, top, lede_text(doc))
    for para in doc.paras:
        if para.para == doc.title_para or _TIMED.match(doc.text, para.start, para.end) is None:
            continue
        views = [v for v in doc.views if v.span.para == para.para]
        first = doc.text[views[0].span.start : views[0].span.end] if views else ""
        if _LEAD_IN.fullmatch(first) is not None and len(views) > 1:
            first = doc.text[views[1].span.start : views[1].span.end]  # "11.04 Over to crime."
        if _sets_other_work(first, names_ours) or turns_to_other_show(first, top, names_ours):
            found.update(v.span.start for v in views)
    for views in blog_paragraphs(doc):  # "A teaser for Tinderholt, the gothic drama from ..."
        first = doc.text[views[0].span.start : views[0].span.end]
        if _sets_other_work(first, names_ours, OPENING_REACH):
            found.update(v.span.start for v in views)
    return found


def _sets_other_work(first: str, names_ours: Callable[[str], bool], reach: int = 0) -> bool:
    """``first`` sets a title, none of ours, as a work (starting within ``reach``, if given)."""
    found = [m for p in (TITLE_APPOSED, *NAME_AS_WORK, KIND_THEN_NAME) for m in p.finditer(first)]
    return any(
        not names_any(m["title"], names_ours)
        and (not reach or (opens(first, m, reach) and not ROLE_AFTER_WORK.match(first, m.end())))
        for m in found
    )


def other_guide_entries(doc: Doc, names_ours: Callable[[str], bool]) -> set[int]:
    """The sentences of entries on other works that date those works: a live blog's
    (:func:`other_blog_entries`) and a guide's (:func:`.page_guide_others.other_guide_items`).
    Cast and crew hold such entries' facts themselves (:mod:`.castguidenames`,
    :mod:`.crewentries`)."""
    return other_blog_entries(doc, names_ours) | other_guide_items(doc, names_ours)
