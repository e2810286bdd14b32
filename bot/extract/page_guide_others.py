"""The other entries of a what-to-watch guide, for :mod:`.page_blog_entries`.

A guide heads each entry with a work's name over a where line ("Copper Sound" over "BBC Two,
Sunday 9pm"; :mod:`.crewguideentries`). When its own entry is told (the one the headline names
first, :func:`.page_entries.own_entry`: "Velmo: The Far Shoal" under "What to watch: Velmo bows
out, ..."), every other entry is another work's: what it dates is that work's date, and what its
maker says there ("“I wanted to write about lies,” Pryce says" under "Heirlooms") is said of
that work, not of ours. A guide that heads each entry with the name and its channel after a
dash on one line (:mod:`.crewdashentries`), or rates it before its name ("★★★ Heirlooms"), is
read the same way for its dates, but not for its quotes (nor one whose where line names an
Irish channel, "RTÉ One, Sunday"): the batches serve what an actor says in such an entry (as a
newsletter's other items, :mod:`.page_other_quotes`). For its quotes, a heading in capitals
under an entry ("CINEMA OR SOFA?", "ON THE RADAR") closes it: what follows is the page's own
talk again (a window there may still be the entry's, so the release rules read on).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.crewdashentries import dashed_entries, dashed_title
from bot.extract.crewguideentries import where_line_entries
from bot.extract.page_entries import (
    CAPS_HEADING,
    IRISH_WHERE,
    MIN_ENTRIES,
    Entry,
    entry_starts,
    own_entry,
)
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_RATED = lazy_pattern(r"[ ]*[★☆]")
"""An entry's heading that opens on its star rating: "★★★ Heirlooms"."""


@once_per_doc
def other_guide_items(
    doc: Doc, names_ours: Callable[[str], bool], *, closed: bool = False
) -> frozenset[int]:
    """Start offsets of the sentences of a guide's entries other than its own (see above); with
    ``closed``, each up to a heading in capitals."""
    items = where_line_entries(doc)
    if closed:  # quotes: the older shapes only (see above)
        items = tuple(
            i
            for i in items
            if not _RATED.match(doc.text, doc.paras[i[0]].start)
            and not (len(i) > 1 and IRISH_WHERE.match(doc.text, doc.paras[i[1]].start))
        )
    elif len(items) < MIN_ENTRIES:
        items = dashed_entries(doc)  # "The Marlow Bequest – Prime Video", one line
    if len(items) < MIN_ENTRIES or doc.title_para is None:
        return frozenset()
    title = doc.paras[doc.title_para]
    titles = {i[0]: _title(doc, i[0]) for i in items}
    own = own_entry(titles, doc.text[title.start : title.end], names_ours, doc)
    if own is None:
        return frozenset()
    others = (_closed(doc, item) if closed else item for item in items if item[0] != own)
    return frozenset(start for item in others for start in entry_starts(doc, item))


def _title(doc: Doc, para: int) -> str:
    """An entry's work: its name line, or the name before a dashed heading's channel."""
    line = doc.text[doc.paras[para].start : doc.paras[para].end].strip()
    return dashed_title(doc, para) or line


def _closed(doc: Doc, entry: Entry) -> Entry:
    """The entry up to a heading in capitals under its name and where lines."""
    for at, para in enumerate(entry[2:], start=2):
        span = doc.paras[para]
        if CAPS_HEADING.fullmatch(doc.text, span.start, span.end) is not None:
            return entry[:at]
    return entry
