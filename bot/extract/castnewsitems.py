"""A newsletter's numbered items headed by another work's news, for :mod:`castelsewhere`.

A newsletter numbers its stories and heads each with a work's name and what happened to it:
"2. TARNWICK RETURNS", "3. ‘Salt Lane’ loses its star". When the item's prose then names that
work as a work ("Channel 5 has renewed its drama Tarnwick", "ITV’s ‘Salt Lane’ is recasting"),
what the item casts is that work's, up to the next numbered item. A heading that names the
article's own work opens its own item, as does one whose name the prose never sets as a work.
The article's own work is the one the first item names ("1. LANTERNFIELD GETS A DATE"), even
where the headline names both ("Lanternfield gets a date, ‘Salt Lane’ loses its star").
A listicle's item whose heading denies a link to a work not ours ("9. No, it is not a Tarnwick
spin-off") is that work's too: "the channel spent years with Ada Vale as Mira" casts Tarnwick.
So is an item whose heading itself tells another work's run or order ("2. Tarnwick’s second
half has a date", "3. Apple renews Tarnwick").
"""

from __future__ import annotations

import re

from bot.extract.context import Context, other_news_items
from bot.extract.item_descriptions import opens_on_described_work
from bot.extract.lexicon import WORK_NEWS
from bot.extract.page_blog_entries import other_blog_entries
from bot.extract.page_entries import (
    NUMBERED,
    entries,
    entry_starts,
    numbered_heading,
    sections_under,
)
from bot.extract.page_item_ours import SMALL
from bot.extract.roundups import titled_sections
from bot.extract.text import Doc, Span
from bot.lazy_patterns import lazy_pattern

_ITEMS = lazy_pattern(r"^[ ]*\d{1,2}[.)][ ]+(?P<line>[^.!?\n]{3,70})$", re.MULTILINE)
_WORD = lazy_pattern(r"[\w’'-]+")
_QUOTED = lazy_pattern(r"[‘“\"'](?P<title>[A-Z][^‘’“”\"]{0,50}?)[’”\"']")
_WORK_CUE = lazy_pattern(
    r"(?:[’']s[ ][‘“\"']|\b(?i:drama|thriller|series|show|comedy|sitcom|film|soap|serial|"
    r"mystery|procedural|saga|miniseries)[ ](?:(?i:the|new|hit)[ ])?[‘“\"']?)$"
)
"""Words just before a work's name: "ITV’s ‘Salt Lane’", "its coastal thriller Tarnwick" (not
"Ada Vale’s Mira": a person's part)."""
_DENIED = lazy_pattern(
    r"(?:\bnot|n[’']t|\bno)[ ](?:(?:a|an|the)[ ])?[‘“\"']?"
    r"(?P<title>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})[’”\"']?[ ]"
    r"(?:spin-?off|sequel|prequel|remake|reboot)\b"
)
"""A heading denying a link to another work: "No, it is not a Tarnwick spin-off"."""
_WORDS = 8
_CUE_REACH = 40
_LOOK_AHEAD = 400


def other_sections(doc: Doc, context: Context) -> list[int]:
    """Starts of the sentences under a heading naming another work (see
    :func:`titled_sections`) or under a numbered item headed by another work's news."""
    found = set(titled_sections(doc, context.is_known)) | set(_item_sections(doc, context))
    found |= other_blog_entries(doc, context.is_known) | _denied_items(doc, context)
    return sorted(found | other_news_items(doc, context))


def _item_sections(doc: Doc, context: Context) -> list[int]:
    """Own titles only, not the headline's words (a newsletter's headline names its other
    stories too); where the first item names titles of ours, those alone (the context may take
    every show the headline names for ours). Where the article names no title of its own, the
    first item's words the headline names too; nothing where there are none."""
    if "\n1. " not in doc.text and "\n1) " not in doc.text:
        return []
    items = [m["line"] for m in _ITEMS.finditer(doc.text)]
    words = _WORD.findall(items[0] if items else "")
    if context.ours:
        first = {w.capitalize() for w in words if _ours(w, context)}
    else:  # the first item's title, where the headline names it too ("1. LUMENFIELD SAYS")
        first = {w.capitalize() for w in words} & context.headline
        if not first:
            return []

    def known(word: str) -> bool:
        return word.capitalize() in first if first else _ours(word, context)

    def heading(para: Span, _other: bool) -> bool | None:
        line = numbered_heading(doc.text[para.start : para.end])
        if line is None or len(line.split()) > _WORDS:
            return None
        if any(known(w) for w in _WORD.findall(line)):
            return False  # "1. LUMEN GETS A TITLE": the article's own item
        return WORK_NEWS.search(line) is not None or _named_after(doc, para, _names(line))

    return sections_under(doc, heading)


def _denied_items(doc: Doc, context: Context) -> set[int]:
    """Starts of the sentences of a numbered item whose heading denies a link to a work that is
    neither ours nor the headline's ("9. No, it is not a Tarnwick spin-off")."""
    found: set[int] = set()
    for item in entries(doc, NUMBERED, _WORDS + 4):
        heading = numbered_heading(doc.text[doc.paras[item[0]].start : doc.paras[item[0]].end])
        denied = _DENIED.search(heading or "")
        if denied is not None and not context.is_known(denied["title"]):
            found |= entry_starts(doc, item)
    return found


def _ours(word: str, context: Context) -> bool:
    return context.is_ours(word) or context.is_ours(word.capitalize())


def _names(line: str) -> list[str]:
    """The work's name a heading may hold: its quoted title, else its leading capitalised words
    (longest first): "‘Salt Lane’ loses its star", "TARNWICK RETURNS"."""
    quoted = _QUOTED.search(line)
    if quoted is not None:
        return [quoted["title"]]
    words = line.split()
    lead: list[str] = []
    for word in words:
        if not word[:1].isupper():
            break
        lead.append(word)
    return [" ".join(lead[:n]) for n in range(len(lead), 0, -1) if lead[n - 1] not in SMALL]


def _named_after(doc: Doc, para: Span, names: list[str]) -> bool:
    """Whether the item's first paragraph names one of ``names`` as a work ("ITV’s ‘Salt
    Lane’"), or opens on a named description of it ("The Cornish drama returns")."""
    after = doc.text[para.end : para.end + _LOOK_AHEAD].lstrip("\n").split("\n", 1)[0]
    if names and opens_on_described_work(after):
        return True  # "2. Tarnwick is back" over "The Cornish drama returns ..."
    lowered = after.lower()
    for name in names:
        at = lowered.find(name.lower())
        while at >= 0:
            if after[at : at + 1].isupper() and _WORK_CUE.search(
                after, max(at - _CUE_REACH, 0), at
            ):
                return True
            at = lowered.find(name.lower(), at + 1)
    return False
