"""A round-up's numbered items, each headed by a work and its channel on a line of its own.

"1. Tin Lid (Netflix)" heads the paragraphs after it until the next such line. The article's
own work is the item whose title the lede names ("... the first look at Tin Lid and an Apple
TV comedy"; of several, the first item's when the lede names it first), or else the one item
whose first word the lede names (a franchise's new work); a headline may list several items'
works, so it cannot tell them apart. On a page
with two or more such heads, one of them the lede's, a sentence under another item ("2. Gull
Rock (Apple TV)" ... "Created by Ada Vane, it premieres on Friday 8 May") dates that work,
unless it names the lede's work itself. When the lede names no item's work, the first item is
ours if the headline names it before any other item's ("The 4 best trailers: Tin Lid, Gull
Rock and more"): the round-up leads with its own work; so is the one item the headline names
when it names no other.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.extract.cues import WORD_END, word_led
from bot.extract.page_entries import MIN_ENTRIES
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_HEAD = lazy_pattern(
    r"[ ]*\d{1,2}[.)][ ]+(?P<title>[A-Z“‘\"][^()\n]{1,60}?)[ ]\([^()]{1,40}\)[ ]*$"
)
"""A numbered line of a title and its channel in brackets, nothing after: "2. Kestle Bay (Apple
TV)", "4. Nightjar (in cinemas)"."""


@once_per_doc
def _heads(doc: Doc) -> Mapping[int, str]:
    """Each numbered head's paragraph and its title, read once per article and shared."""
    found: dict[int, str] = {}
    for span in doc.paras:
        head = _HEAD.match(doc.text, span.start, span.end)
        if head is not None:
            found[span.para] = head["title"].strip('“‘"”’ ')
    return found


def under_other_numbered(doc: Doc, view: View) -> bool:
    """The sentence stands under a numbered item whose work the lede does not name, on a page
    whose numbered items include one the lede names; see above."""
    para = view.span.para
    if not doc.paras or para == 0:
        return False
    heads = _heads(doc)
    if len(heads) < MIN_ENTRIES:
        return False
    lede = doc.text[doc.paras[0].start : doc.paras[0].end]
    own = _lede_named(lede, heads) or _lede_first_word(lede, heads) or _headline_first(doc, heads)
    above = [p for p in heads if p < para]
    if not own or not above:
        return False
    title = heads[max(above)]
    return title not in own and not any(work in view.chunk for work in own)


def _lede_named(lede: str, heads: Mapping[int, str]) -> list[str]:
    """The items' works the lede names; when it names several and names the first item's work
    first of all ("the trailer for Tin Lid leads a week that also brings Gull Rock" over "1. Tin
    Lid", "2. Gull Rock"), that one alone: the round-up leads with its own work."""
    named = sorted((lede.find(title), title) for title in heads.values() if title in lede)
    first = heads[min(heads)]
    if len(named) > 1 and named[0][1] == first:
        return [first]
    return [title for _, title in named]


_LEAD_WORD = lazy_pattern(r"[A-Z][\w’'-]{3,}(?=[ ][A-Z])")
"""A title's first word with more of the title after it: "Quarrow" of "Quarrow Nights"."""


def _lede_first_word(lede: str, heads: Mapping[int, str]) -> list[str]:
    """The one item whose title's first word the lede names alone ("the final chapter of
    Quarrow" over "2. Quarrow Nights (Netflix)"): the franchise whose new work is ours."""
    found = []
    for title in heads.values():
        word = _LEAD_WORD.match(title)
        if (
            word is not None
            and word[0] != "The"
            and next(word_led(word[0], lede, WORD_END), None) is not None
        ):
            found.append(title)
    return found if len(found) == 1 else []


def _headline_first(doc: Doc, heads: Mapping[int, str]) -> list[str]:
    """The first item's work, when the headline names it first of all the items' works; or the
    one item's work the headline names, when it names no other ("... but Tin Lid steals the
    show" over a third item "3. Tin Lid (Netflix)")."""
    headline = doc.headline
    named = sorted((headline.find(title), title) for title in heads.values() if title in headline)
    first = heads[min(heads)]
    if len(named) == 1:
        return [named[0][1]]
    return [first] if named and named[0][1] == first else []
