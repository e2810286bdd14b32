"""The entries of a what-to-watch guide headed by a name line over a where line, for
:mod:`bot.extract.crewentries`.

A guide may head each entry with the work's name alone, then a line of where and when to see
it ("The Marlow Bequest" over "Prime Video, from Friday 3 May", "Fenland" over "BBC Four and
iPlayer, Sunday 5 May, 9pm", "Where: Netflix. When: Friday, 8am"; invented examples: every
form :func:`.page_entries.where_line` knows). An entry is its name line, its where line and
the paragraphs after them, up to the next name line. The entries are read once per article
(:mod:`.page_memos`) and shared, so they are tuples: no reader can change them.
"""

from __future__ import annotations

from itertools import pairwise

from bot.extract.page_entries import HEADING_MAX_WORDS, Entry, entries_under, where_line
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_NAME = lazy_pattern(r"[ ]*(?:[★☆]+[ ]+)?[A-Z0-9‘“'\"][^\n.!?;]{0,60}[ ]*$")
"""A name line: short, no sentence in it; perhaps the guide's star rating first ("★★★ Fenland")."""


@once_per_doc
def where_line_entries(doc: Doc) -> tuple[Entry, ...]:
    """Each entry headed by a name line over a where line (see above)."""
    paras = doc.paras
    heads: set[int] = set()
    for name, where in pairwise(paras):
        if doc.title_para in (name.para, where.para):
            continue
        line = doc.text[name.start : name.end]
        if (
            len(line.split()) <= HEADING_MAX_WORDS
            and _NAME.fullmatch(line) is not None
            and where_line(doc.text[where.start : where.end])
        ):
            heads.add(name.para)
    return entries_under(doc, heads)
