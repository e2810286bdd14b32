"""The entries of a what-to-watch guide headed by a work's name and its channel after a dash,
for :mod:`bot.extract.crewentries`.

A guide may head each entry with the name in title case, a dash, and where it streams ("The
Marlow Bequest – Prime Video", "Fenland — BBC iPlayer"; invented), or with the channel first
and a colon ("BBC iPlayer: Fenland", "Cinema: Fenland"): one line, where :mod:`.crewguideentries`
reads a name line over a where line. An entry is its heading and the paragraphs after it, up to
the next heading.
"""

from __future__ import annotations

from bot.extract.lexicon import CHANNEL
from bot.extract.page_entries import HEADING_MAX_WORDS, Entry, entries_under
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_HEADING = lazy_pattern(
    rf"[ ]*(?P<name>[A-Z‘“'\"][^\n.!?;:–—]{{0,60}}?)[ ]+[–—][ ]+(?:{CHANNEL}|in[ ]cinemas\b)"
    r"[^\n.!?;:]{0,40}"
)
"""A work's name, a dash, its channel or the cinemas: "Fenland – BBC iPlayer", "Fenland — BBC
Two and iPlayer, Sunday at 9pm", "Fenland – in cinemas" (no sentence in it)."""
_CHANNEL_LED = lazy_pattern(
    rf"[ ]*(?:{CHANNEL}|Cinemas?\b)[^\n.!?;:]{{0,20}}?:[ ]+"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?P<name>[A-Z‘“'\"][^\n.!?;:–—]{0,60}?)[ ]*"
)
"""The same led by its channel and a colon: "Netflix: Fenland", "Sky Atlantic / NOW: Fenland",
"Cinema: Fenland" (not "Netflix: Sunday 9pm", a where line)."""


@once_per_doc
def dashed_entries(doc: Doc) -> tuple[Entry, ...]:
    """Each entry headed by a name and its channel (see above)."""
    return entries_under(doc, _dashed_titles(doc).keys())


def dashed_title(doc: Doc, para: int) -> str | None:
    """The work's name of a paragraph that is such a heading ("Fenland" of "Fenland – BBC
    iPlayer"), or None (the headline is never one)."""
    return _dashed_titles(doc).get(para)


@once_per_doc
def _dashed_titles(doc: Doc) -> dict[int, str]:
    """Each heading paragraph's work's name (see :func:`dashed_title`): the crew's and the cast's
    guide readers both ask of every paragraph, so each is matched once an article."""
    found: dict[int, str] = {}
    for span in doc.paras:
        if span.para == doc.title_para:
            continue
        head = _HEADING.fullmatch(doc.text, span.start, span.end) or _CHANNEL_LED.fullmatch(
            doc.text, span.start, span.end
        )
        if head is not None and len(head["name"].split()) <= HEADING_MAX_WORDS:
            found[span.para] = head["name"]
    return found


def dashed_name(heading: str) -> str:
    """The work's name of a heading ("Fenland" of "Fenland – BBC iPlayer"); any other line as
    it is."""
    head = _HEADING.fullmatch(heading) or _CHANNEL_LED.fullmatch(heading)
    return head["name"] if head is not None else heading
