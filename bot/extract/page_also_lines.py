"""A paragraph labelled as another show's news, for :mod:`.page_others`.

A page about one work may close on a line about another, labelled so: "Also new on Vela TV: the
third series of the Danish crime drama “Stille Bro”, starring Senara Wix as Derwa Tavy, lands on
4 March", "Elsewhere on Prime Video: ..." (invented examples). When the paragraph after the
label names none of the article's own work (a word that tells the kind, "the Danish crime
drama", is no name) and sets a quoted title, a kind of work ("the thriller") or a name with where
and when to see it in brackets ("season two of Tin Kettle (Vela, Friday)"), what it casts,
credits or dates is that other show's. So is a paragraph, labelled or not, that opens on a name
with where and when to see it in brackets ("If you have seen that: Tin Kettle (Vela, Sunday
9pm), in which ...") and names none of ours, or that opens on a name and its channel alone in
brackets as a sentence ("Tin Kettle (Vela). Still in the top ten ..."). A channel named in such
brackets ("Also tonight: Tin Kettle (BBC One, 8pm)") is no word of ours, even where the
headline names the channel of our work.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.lexicon import GENRE_NOUNS, STOP_TOKENS
from bot.extract.page_blog_openings import OPENING_REACH
from bot.extract.page_item_wheres import (
    names_where,
    opens_on_listing,
    opens_on_where,
    without_wheres,
)
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_LABEL = lazy_pattern(
    r"[ ]*(?:Also|Elsewhere)(?:[ ](?:new|out|streaming|coming|landing|arriving|this[ ]week|"
    r"tonight|today|showing|airing))?"
    r"(?:[ ](?:on|to|at)(?:[ ][A-Z][\w+&’'-]*(?:[ ][A-Z][\w+&’'-]*){0,2})?)?[ ]?:[ ]"
)
"""The label: "Also on Vela TV: ", "Also new on Prime Video: ", "Elsewhere: ", a listings
guide's "Also on: ", "Also tonight: "."""
_WORK = lazy_pattern(rf"[“‘\"][A-Z]|\b(?i:{GENRE_NOUNS})\b")
WORD = lazy_pattern(r"[A-Za-z][\w’'-]*")
"""A word of a line: letters first, then word characters, apostrophes or hyphens."""
_DESCRIBER = lazy_pattern(rf"\b[A-Z][\w’'-]*(?=[ ](?:[a-z-]+[ ]){{0,2}}(?i:{GENRE_NOUNS})\b)")
"""A word that tells the work's kind, not its name: "Danish" of "the Danish crime drama"."""


def also_lines(doc: Doc, names_ours: Callable[[str], bool]) -> set[int]:
    """Start offsets of the sentences of each paragraph labelled as another show's news."""
    found: set[int] = set()
    for para in doc.paras:
        if para.para == doc.title_para:
            continue
        label = _LABEL.match(doc.text, para.start, para.end)
        rest = doc.text[label.end() if label is not None else para.start : para.end]
        if label is None:  # "If that is done: Tin Kettle (Vela, Sunday), in which ..."
            told = opens_on_where(rest, OPENING_REACH) or opens_on_listing(rest)
        else:
            told = _WORK.search(rest) is not None or names_where(rest)  # "X (Vela, Sunday)"
        if not told or names_any(_DESCRIBER.sub(" ", without_wheres(rest)), names_ours):
            continue
        found.update(v.span.start for v in doc.views if para.start <= v.span.start < para.end)
    return found


def names_any(text: str, names_ours: Callable[[str], bool]) -> bool:
    """``text`` has a word (not a stop word) that ``names_ours`` takes for our work's."""
    words = (w.strip("’'") for w in WORD.findall(text))
    return any(w.capitalize() not in STOP_TOKENS and names_ours(w) for w in words if w)
