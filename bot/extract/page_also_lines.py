"""A paragraph labelled as another show's news, for :mod:`.page_others`.

A page about one work may close on a line about another, labelled so: "Also on Netflix: the
second season of the teen drama “Maré Funda”, starring Rita Soeiro as Inês Brito, arrives on 9
June", "Elsewhere on Prime Video: ..." (invented examples). When the paragraph after the label
names none of the article's own work (a word that tells the kind, "the Brazilian teen drama",
is no name) and sets a quoted title or a kind of work ("the thriller"),
what it casts, credits or dates is that other show's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract.lexicon import GENRE_NOUNS, STOP_TOKENS
from bot.extract.text import Doc

_LABEL = re.compile(
    r"[ ]*(?:Also|Elsewhere)(?:[ ](?:new|out|streaming|coming|landing|arriving|this[ ]week))?"
    r"(?:[ ](?:on|to|at)[ ][A-Z][\w+&’'-]*(?:[ ][A-Z][\w+&’'-]*){0,2})?[ ]?:[ ]"
)
"""The label: "Also on Netflix: ", "Also new on Prime Video: ", "Elsewhere: "."""
_WORK = re.compile(rf"[“‘\"][A-Z]|\b(?i:{GENRE_NOUNS})\b")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_DESCRIBER = re.compile(rf"\b[A-Z][\w’'-]*(?=[ ](?:[a-z-]+[ ]){{0,2}}(?i:{GENRE_NOUNS})\b)")
"""A word that tells the work's kind, not its name: "Brazilian" of "the Brazilian teen drama"."""


def also_lines(doc: Doc, names_ours: Callable[[str], bool]) -> set[int]:
    """Start offsets of the sentences of each paragraph labelled as another show's news."""
    found: set[int] = set()
    for para in doc.paras:
        if para.para == doc.title_para:
            continue
        label = _LABEL.match(doc.text, para.start, para.end)
        if label is None:
            continue
        rest = doc.text[label.end() : para.end]
        if _WORK.search(rest) is None or _names(_DESCRIBER.sub(" ", rest), names_ours):
            continue
        found.update(v.span.start for v in doc.views if para.start <= v.span.start < para.end)
    return found


def _names(text: str, names_ours: Callable[[str], bool]) -> bool:
    words = (w.strip("’'") for w in _WORD.findall(text))
    return any(w.capitalize() not in STOP_TOKENS and names_ours(w) for w in words if w)
