"""Items of a many-work page about another work, their titles plain, for
:mod:`bot.extract.crewitems`.

A what-to-watch guide heads each entry with a title in capitals and its channel ("THE HOUSE ON
QUILL LANE – Channel 5, Saturday 9pm"); a newsletter numbers its items and may open one on a
channel's description of another show ("1. Pennick Grange is back" over "ITV's rowdy sitcom
returns ..."; or on a channel renewing, cancelling or ordering its own show: "Channel 5 has
renewed its moorland mystery Cragmoor"; a listicle's "3. Meet the new doctor" over "Ada Vale
plays ..." is its own work's). When one item names the article's own work, such an item that
names none of it, under a heading that names something else, is another work's: its "Writer
Ada Vale" or "Created by Ben Ode" credits that work. (An item whose heading or first sentence
quotes another title is read by :mod:`.crewitems` whether or not any item is ours.) A guide
that heads each entry with the work's name over where to see it is cut by
:mod:`.crewguideentries` (or with its channel after a dash, by :mod:`.crewdashentries`);
every word of such a name line is the work's, and the entry the headline names first (of
either kind) is the page's own (:func:`.page_entries.own_entry`), every other another work's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.extract.crewdashentries import dashed_entries, dashed_name
from bot.extract.crewguideentries import where_line_entries
from bot.extract.lexicon import GENRE_NOUNS, STOP_TOKENS
from bot.extract.page_entries import (
    GUIDE,
    MIN_ENTRIES,
    NUMBERED,
    Entry,
    entries,
    entry_starts,
    entry_text,
    first_sentence,
    own_entry,
)
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_CHANNELS_SHOW = lazy_pattern(
    r"[ “\"‘']*[A-Z][\w&+.-]*(?:[ ][A-Z0-9][\w&+.-]*){0,2}[’']s[ ](?:[a-z-]+[ ]){0,3}"
    r"(?:drama|series|show|sitcom|comedy|thriller|documentary|miniseries|soap|procedural|"
    r"anthology|romcom|film|movie)\b"
)
"""An item's first sentence opening on a channel's or studio's show: "ITV's rowdy sitcom"."""
_RENEWED = lazy_pattern(
    r"[ “\"‘']*[A-Z][\w&+.-]*(?:[ ][A-Z0-9][\w&+.-]*){0,2}[ ]ha(?:s|ve)[ ]"
    r"(?:renewed|cancell?ed|axed|ordered|commissioned|recommissioned)[ ]"
    r"(?:(?:a|another)[ ](?:[a-z]+[ ]){0,2}(?:series|season|run)[ ]of[ ])?its[ ]"
    rf"(?:[A-Za-z-]+[ ]){{0,3}}(?:{GENRE_NOUNS}|mystery|crime)\b"
)
"""Or on a channel's news of its own show: "Sky has cancelled its legal comedy Benchwarmers"."""
_CAPITALISED = lazy_pattern(r"[A-Z][\w’'-]*")
_HEADING_WORDS = 12


def other_plain_items(doc: Doc, names_ours: Callable[[str], bool]) -> set[int]:
    """Start offsets of the sentences in an item about another work (see above)."""
    numbered, items = _items(doc)
    named = dashed = False  # headings that are a work's name alone, every word of it; or dashed
    if len(items) < MIN_ENTRIES:
        items, named = where_line_entries(doc), True
    if len(items) < MIN_ENTRIES:
        items, dashed = dashed_entries(doc), True
    if len(items) < MIN_ENTRIES:
        return set()
    texts = [entry_text(doc, item) for item in items]
    own = _own(doc, items, names_ours) if named or dashed else None
    if own is not None:  # the page's own entry found: every other entry is another work's
        return {start for item in items if item[0] != own for start in entry_starts(doc, item)}
    if not any(names_ours(text) for text in texts):
        return set()  # no item is the article's: which one is its work is not told
    found: set[int] = set()
    for item, text in zip(items, texts, strict=True):
        heading = doc.text[doc.paras[item[0]].start : doc.paras[item[0]].end]
        if names_ours(text) or not _names_other(heading, names_ours, named):
            continue
        if numbered and not _opens_on_a_show(doc, item):
            continue
        found |= entry_starts(doc, item)
    return found


def _own(doc: Doc, items: Sequence[Entry], names_ours: Callable[[str], bool]) -> int | None:
    """The entry of a guide's name lines that is the page's own (see :func:`own_entry`)."""
    titles = {
        item[0]: dashed_name(doc.text[doc.paras[item[0]].start : doc.paras[item[0]].end])
        for item in items
    }
    title = doc.paras[doc.title_para] if doc.title_para is not None else None
    headline = doc.text[title.start : title.end] if title is not None else ""
    return own_entry({p: t.strip() for p, t in titles.items()}, headline, names_ours, doc)


def _items(doc: Doc) -> tuple[bool, Sequence[Entry]]:
    """Whether the items are numbered, and the items (one kind of heading per page)."""
    for pattern in (NUMBERED, GUIDE):
        items = entries(doc, pattern, _HEADING_WORDS)
        if len(items) >= MIN_ENTRIES:
            return pattern is NUMBERED, items
    return False, []


def _opens_on_a_show(doc: Doc, item: Entry) -> bool:
    first = first_sentence(doc, item)
    if first is None:
        return False
    return any(p.match(first.chunk) is not None for p in (_CHANNELS_SHOW, _RENEWED))


def _names_other(heading: str, names_ours: Callable[[str], bool], named: bool) -> bool:
    """The heading names something past its first word (any word of a name line's) that is no
    word of ours."""
    words = _CAPITALISED.findall(heading.split(" – ", maxsplit=1)[0])[0 if named else 1 :]
    return any(w.capitalize() not in STOP_TOKENS and not names_ours(w) for w in words)
