"""The entries of a what-to-watch guide headed by a work's name with where and when to see it
in brackets, for :mod:`.crewentries`.

A guide may head each entry with the name and, in brackets, its channel and day ("Copper Wells
(Prime Video, from Friday)", "Tarn Hollow (BBC Two, Sunday 9pm)"), maybe after a label of the
guide's own ("Our pick: Copper Wells (Prime Video, from Friday)", "ALSO NEW: Tarn Hollow (BBC
Two, Sunday 9pm)"; invented): one line, where :mod:`.crewguideentries` reads a name line over a
where line and :mod:`.crewdashentries` a name and channel after a dash. An entry is its heading
and the paragraphs after it, up to the next heading. Which entry is the page's own is not read
from these headings (a label such as "Pick of the week" may single out a rival): only an entry
that names none of the page's own work is another's.
"""

from __future__ import annotations

import re

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import CHANNEL, WEEKDAY_NAME
from bot.extract.page_entries import HEADING_MAX_WORDS, Entry, entries_under
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc

_HEADING = lazy_pattern(
    r"[ ]*(?:[A-Z][\w’' -]{1,30}:[ ]+)?(?P<name>[A-Z0-9‘“'\"][^()\n:.!?;]{0,60}?)"
    rf"[ ]+\((?P<where>{CHANNEL}[^()\n]{{0,60}})\)[ ]*"
)
"""A label maybe, a work's name, then where in brackets: "Our pick: Tarn Hollow (BBC Two,
Sunday 9pm)"."""
_WHEN = lazy_pattern(
    rf"\b(?:{WEEKDAY_NAME}s?|tonight|today|tomorrow|from[ ]\w+|\d{{1,2}}(?:[:.]\d{{2}})?[ ]?[ap]m)"
    r"\b",
    re.IGNORECASE,
)
"""When to see it: a panel's "Ada Vale (Netflix, head of drama)" names a channel, never when."""


@once_per_doc
def bracket_entries(doc: Doc) -> tuple[Entry, ...]:
    """Each entry headed by a name with where and when in brackets (see above)."""
    heads = {para.para for para in doc.paras if bracket_title(doc, para.para) is not None}
    return entries_under(doc, heads)


def bracket_title(doc: Doc, para: int) -> str | None:
    """The work's name of a paragraph that is such a heading ("Tarn Hollow" of "Our pick: Tarn
    Hollow (BBC Two, Sunday 9pm)"), or None (the headline is never one)."""
    if para == doc.title_para:
        return None
    span = doc.paras[para]
    head = _HEADING.fullmatch(doc.text, span.start, span.end)
    if head is None or len(head["name"].split()) > HEADING_MAX_WORDS:
        return None
    return head["name"] if _WHEN.search(head["where"]) is not None else None
