"""A list's numbered lines that gloss another work after a dash, for :mod:`.page_others`.

A chart or a round-up lists works one a line, a number, the title and, after a dash, what the
work is: "2. Copper Wick (Vela) – the Welsh legal drama starring Ada Vale", "5. Tin Chapel - a
period romcom directed by Bram Oduya" (invented examples). The gloss tells that work, not the
page's: when the title names none of ours, what the line casts, credits or dates is that
work's. Two numbered lines at least make a list; a line whose gloss tells no kind of work ("4.
Tin Chapel – series two", "1. Tin Chapel – £2.1m", a cast list's "1. Ada Vale as Mira – a
widowed botanist") tells nothing and is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.page_also_lines import names_any
from bot.extract.page_entries import MIN_ENTRIES
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_NUMBERED = lazy_pattern(r"[ ]*\d{1,2}[.)][ ]+[A-Z‘“\"']")
"""A numbered line: "2. Copper Wick ..."."""
_GLOSSED = lazy_pattern(
    r"[ ]*\d{1,2}[.)][ ]+(?P<title>[A-Z‘“\"'][^\n.!?:;–—()]{0,60}?)(?:[ ]\([^()\n]{1,40}\))?"
    r"[ ]+[–—-][ ]+(?:the|a|an)[ ](?:[\w’'-]+[ ]){0,4}?"
    rf"(?:{GENRE_NOUNS}|saga|mystery)(?![\w’'-])"
)
"""A numbered line's title (its channel in brackets or not) and a dash before a description of
a work, its kind within five words of its article: "2. Copper Wick (Vela) – the Welsh legal
drama", "5. Tin Chapel - a period romcom" (not a cast list's "1. Ada Vale (Mira) – the
glassmaker's apprentice", nor "– the film's heroine")."""


def glossed_lines(doc: Doc, names_ours: Callable[[str], bool]) -> set[int]:
    """Start offsets of the sentences of each numbered line that glosses a title naming none of
    ours (see above), on a page with two numbered lines at least."""
    paras = [p for p in doc.paras if p.para != doc.title_para]
    if sum(_NUMBERED.match(doc.text, p.start, p.end) is not None for p in paras) < MIN_ENTRIES:
        return set()
    found: set[int] = set()
    for para in paras:
        line = _GLOSSED.match(doc.text, para.start, para.end)
        if line is None or names_any(line["title"], names_ours):
            continue
        found.update(v.span.start for v in doc.views if v.span.para == para.para)
    return found
